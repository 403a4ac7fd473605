import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type BetterSqlite3 from 'better-sqlite3';
import { contentTypeFor, responseFormatFor, type ResponseFormat } from './responseFormat';
import { errorBody, SharePointError, SP_ERROR_CODES } from './spError';
import type { SpRequest, SpResponse, SpRoute } from './spRoute';
import { toSharePointError } from './toSharePointError';

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function firstValues(query: unknown): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  if (query && typeof query === 'object') {
    for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
      const first = Array.isArray(value) ? value[0] : value;
      // SharePoint treats query option names case-insensitively ($Filter, $TOP).
      result[key.startsWith('$') ? key.toLowerCase() : key] = typeof first === 'string' ? first : undefined;
    }
  }
  return result;
}

function siteUrlOf(request: FastifyRequest, sitePath: string): string {
  const host = header(request, 'host') ?? 'localhost';
  return `${request.protocol}://${host}${sitePath}`;
}

function signedInUserId(request: FastifyRequest): string | undefined {
  const user = (request as FastifyRequest & { kringUser?: { id?: unknown } }).kringUser;
  return user && typeof user.id === 'string' ? user.id : undefined;
}

function apiPath(url: string, prefix: string): string {
  const path = url.split('?')[0].slice(prefix.length);
  try {
    return decodeURIComponent(path);
  } catch {
    throw new SharePointError(400, SP_ERROR_CODES.invalidClientQuery, 'The request URL is not valid.');
  }
}

function send(reply: FastifyReply, format: ResponseFormat, response: SpResponse): FastifyReply {
  reply.code(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    reply.header(name, value);
  }
  if (response.body === undefined) {
    return reply.send();
  }
  reply.header('Content-Type', contentTypeFor(format));
  return reply.send(JSON.stringify(response.body));
}

function sendError(reply: FastifyReply, format: ResponseFormat, error: SharePointError): FastifyReply {
  return send(reply, format, { status: error.status, body: errorBody(error, format) });
}

/**
 * One route for everything under `<site>/_api/`: SharePoint matches REST paths case-insensitively and with
 * OData key syntax (`getbytitle('…')`, `items(3)`), which fastify's router does not express; the handlers match
 * regular expressions instead.
 */
export function registerApiRouter(app: FastifyInstance, sitePath: string, db: BetterSqlite3.Database, routes: readonly SpRoute[]): void {
  const prefix = `${sitePath}/_api/`;
  const handler = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const format = responseFormatFor(header(request, 'accept'));
    try {
      const path = apiPath(request.url, prefix).replace(/\/+$/, '');
      const override = request.method === 'POST' ? header(request, 'x-http-method')?.toUpperCase() : undefined;
      const spRequest: SpRequest = {
        db,
        method: override ?? request.method,
        path,
        query: firstValues(request.query),
        body: request.body,
        headers: Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])),
        format,
        siteUrl: siteUrlOf(request, sitePath),
        url: request.url,
        userId: signedInUserId(request)
      };
      let methodMismatch = false;
      for (const route of routes) {
        const match = route.pattern.exec(path);
        if (!match) {
          continue;
        }
        if (!route.methods.includes(spRequest.method)) {
          methodMismatch = true;
          continue;
        }
        return send(reply, format, route.handle(spRequest, match));
      }
      if (methodMismatch) {
        throw new SharePointError(405, SP_ERROR_CODES.invalidClientQuery, `The HTTP method '${spRequest.method}' is not supported for this resource.`);
      }
      throw new SharePointError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`);
    } catch (error) {
      return sendError(reply, format, toSharePointError(error));
    }
  };
  // Only errors raised before the handler runs arrive here (the handler answers its own): in practice an unreadable
  // body, which SharePoint reports as invalid JSON.
  const errorHandler = (error: FastifyError & { status?: unknown }, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const format = responseFormatFor(header(request, 'accept'));
    const declared = typeof error.statusCode === 'number' ? error.statusCode : typeof error.status === 'number' ? error.status : 400;
    const status = declared >= 400 && declared < 600 ? declared : 400;
    const spError =
      status === 400
        ? new SharePointError(400, '-1, Microsoft.OData.ODataException', 'Invalid JSON. A token was not recognized in the JSON content.')
        : new SharePointError(status, status >= 500 ? '-1, System.InvalidOperationException' : SP_ERROR_CODES.invalidClientQuery, error.message);
    return sendError(reply, format, spError);
  };
  app.route({ method: [...METHODS], url: `${prefix}*`, handler, errorHandler });
  app.route({ method: [...METHODS], url: `${sitePath}/_api`, handler, errorHandler });
}
