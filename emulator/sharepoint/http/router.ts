import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { openSite } from '../sites/siteAccess';
import { siteLists } from '../sites/siteLists';
import type { SharePointStore } from '../store/sharePointStore';
import { keepFileContent } from './binaryBody';
import { contentTypeFor, responseFormatFor, type ResponseFormat } from './responseFormat';
import { errorBody, SharePointError, SP_ERROR_CODES } from './spError';
import type { SpRequest, SpResponse, SpRoute } from './spRoute';
import { toSharePointError } from './toSharePointError';
import '../../shared/http/requestState';

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

/** The decoded path after `/sites/<name>/_api/`. */
function apiPath(url: string): string {
  const path = url.split('?')[0].replace(/^\/*sites\/[^/]+\/_api\/?/i, '');
  try {
    return decodeURIComponent(path).replace(/\/+$/, '');
  } catch {
    throw new SharePointError(400, SP_ERROR_CODES.invalidClientQuery, 'The request URL is not valid.');
  }
}

function send(reply: FastifyReply, format: ResponseFormat, response: SpResponse): FastifyReply {
  reply.code(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    reply.header(name, value);
  }
  if (response.raw) {
    return reply.send(response.raw);
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

function spRequestOf(store: SharePointStore, request: FastifyRequest, format: ResponseFormat): SpRequest {
  const user = request.kringUser ?? undefined;
  const { site, permissions } = openSite(store, (request.params as { site: string }).site, user);
  const path = apiPath(request.url);
  const override = request.method === 'POST' ? header(request, 'x-http-method')?.toUpperCase() : undefined;
  return {
    store,
    site,
    lists: siteLists(site, store.lists),
    permissions,
    method: override ?? request.method,
    path,
    query: firstValues(request.query),
    body: request.body,
    fileContent: request.fileContent,
    headers: Object.fromEntries(
      Object.entries(request.headers).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])
    ),
    format,
    siteUrl: `${request.protocol}://${header(request, 'host') ?? 'localhost'}${site.path}`,
    url: request.url,
    userId: user?.id,
    user
  };
}

function dispatch(routes: readonly SpRoute[], spRequest: SpRequest): SpResponse {
  let methodMismatch = false;
  for (const route of routes) {
    const match = route.pattern.exec(spRequest.path);
    if (!match) {
      continue;
    }
    if (route.methods.includes(spRequest.method)) {
      return route.handle(spRequest, match);
    }
    methodMismatch = true;
  }
  if (methodMismatch) {
    throw new SharePointError(
      405,
      SP_ERROR_CODES.invalidClientQuery,
      `The HTTP method '${spRequest.method}' is not supported for this resource.`
    );
  }
  throw new SharePointError(
    404,
    '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
    `Cannot find resource for the request ${spRequest.path}.`
  );
}

/**
 * Only errors raised before the handler runs arrive here (the handler answers its own): in practice an unreadable
 * body, which SharePoint reports as invalid JSON.
 */
function bodyErrorHandler(
  error: FastifyError & { status?: unknown },
  request: FastifyRequest,
  reply: FastifyReply
): FastifyReply {
  const format = responseFormatFor(header(request, 'accept'));
  const declared =
    typeof error.statusCode === 'number' ? error.statusCode : typeof error.status === 'number' ? error.status : 400;
  const status = declared >= 400 && declared < 600 ? declared : 400;
  const spError =
    status === 400
      ? new SharePointError(
          400,
          '-1, Microsoft.OData.ODataException',
          'Invalid JSON. A token was not recognized in the JSON content.'
        )
      : new SharePointError(
          status,
          status >= 500 ? '-1, System.InvalidOperationException' : SP_ERROR_CODES.invalidClientQuery,
          error.message
        );
  return sendError(reply, format, spError);
}

/**
 * One route for everything under `/sites/<name>/_api/`, for every site: SharePoint matches REST paths
 * case-insensitively and with OData key syntax (`getbytitle('…')`, `items(3)`), which fastify's router does not
 * express; the handlers match regular expressions instead.
 */
export function registerApiRouter(app: FastifyInstance, store: SharePointStore, routes: readonly SpRoute[]): void {
  const handler = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const format = responseFormatFor(header(request, 'accept'));
    try {
      return send(reply, format, dispatch(routes, spRequestOf(store, request, format)));
    } catch (error) {
      return sendError(reply, format, toSharePointError(error));
    }
  };
  const options = { method: [...METHODS], handler, errorHandler: bodyErrorHandler, preParsing: keepFileContent };
  app.route({ ...options, url: '/sites/:site/_api/*' });
  app.route({ ...options, url: '/sites/:site/_api' });
}
