import { randomUUID } from 'crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphStore } from '../graph/store';
import { applyCors } from './cors';
import { codeForStatus, GraphError, graphErrorBody, messageForStatus, unreadableJson } from './errors';
import type { FaultInjector } from './faults';
import type { RequestLog } from './requestLog';
import { TokenVerifier } from './tokens';
import './requestState';

export interface PipelineDeps {
  store: GraphStore;
  faults: FaultInjector;
  log: RequestLog;
  tokenSecret: string;
  /** Marks requests replayed from inside a `$batch`; unguessable so callers cannot fake it. */
  batchMarker: string;
}

export const BATCH_MARKER_HEADER = 'x-kring-batch-inner';

/** Graph and SharePoint paths: authenticated, faulted and logged. */
export function isServicePath(url: string): boolean {
  return /^\/(v1\.0([/?]|$)|sites\/)/i.test(url);
}

/**
 * Decided on the matched route pattern as well as the raw URL, so `//v1.0/me` or percent-encoded paths that the
 * router still matches to a Graph route cannot skip authentication.
 */
function isServiceRequest(request: FastifyRequest): boolean {
  const pattern = request.routeOptions?.url ?? '';
  return isServicePath(pattern) || isServicePath(request.url.replace(/^\/{2,}/, '/'));
}

function isBatchPath(url: string): boolean {
  return /^\/v1\.0\/\$batch(\?|$)/i.test(url) || /^\/\$batch(\?|$)/i.test(url);
}

export function sendGraphError(request: FastifyRequest, reply: FastifyReply, error: GraphError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) {
    reply.header(name, value);
  }
  return reply
    .code(error.status)
    .header('Content-Type', 'application/json')
    .send(graphErrorBody(error.code, error.message, request.graphRequestId, request.clientRequestId));
}

const DIAGNOSTIC_HEADER = JSON.stringify({ ServerInfo: { DataCenter: 'Localhost', Slice: 'E', Ring: 'LOCAL', ScaleUnit: '000', RoleInstance: 'kring-emulator' } });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** CORS, request ids, bearer auth, faults, the request log, JSON parsing and Graph-shaped errors for every route. */
export function installGraphPipeline(app: FastifyInstance, deps: PipelineDeps): void {
  const tokens = new TokenVerifier(deps.tokenSecret);
  app.decorateRequest('graphRequestId', '');
  app.decorateRequest('clientRequestId', '');
  app.decorateRequest('batchInner', false);
  app.decorateRequest('kringUser', null as unknown as never);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser(/^application\/(.+\+)?json/i, { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text) as unknown);
    } catch {
      done(unreadableJson(), undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.addHook('onRequest', async (request, reply) => {
    request.graphRequestId = randomUUID();
    const clientId = request.headers['client-request-id'];
    request.clientRequestId = typeof clientId === 'string' && clientId.length <= 100 ? clientId : request.graphRequestId;
    request.batchInner = request.headers[BATCH_MARKER_HEADER] === deps.batchMarker;
    reply.header('request-id', request.graphRequestId);
    reply.header('client-request-id', request.clientRequestId);
    reply.header('x-ms-ags-diagnostic', DIAGNOSTIC_HEADER);
    if (applyCors(request, reply)) {
      return reply.code(204).send();
    }
    if (!isServiceRequest(request)) {
      return undefined;
    }
    const authorization = request.headers.authorization;
    const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
    if (!match) {
      return sendGraphError(request, reply, new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
    }
    const check = tokens.verify(match[1]);
    const user = check.ok ? deps.store.findUser(check.userId) : undefined;
    if (!check.ok || !user) {
      return sendGraphError(request, reply, new GraphError(401, 'InvalidAuthenticationToken', check.ok ? 'The user of the token no longer exists.' : check.reason));
    }
    request.kringUser = user;
    // Latency belongs to a network round trip: a `$batch` pays it once, its inner requests not again.
    // Failures belong to each request: inside a batch every inner request can fail on its own.
    if (isBatchPath(request.routeOptions?.url ?? '')) {
      const latencyMs = deps.faults.current.latencyMs;
      if (latencyMs > 0) {
        await sleep(latencyMs);
      }
      return undefined;
    }
    const { latencyMs, decision } = deps.faults.decide();
    if (latencyMs > 0 && !request.batchInner) {
      await sleep(latencyMs);
    }
    if (decision.kind === 'drop') {
      if (request.batchInner) {
        return sendGraphError(request, reply, new GraphError(504, 'GatewayTimeout', messageForStatus(504)));
      }
      request.raw.socket?.destroy();
      return reply.hijack();
    }
    if (decision.kind === 'fail') {
      const headers: Record<string, string> = decision.retryAfterSeconds > 0 && (decision.status === 429 || decision.status === 503) ? { 'Retry-After': String(decision.retryAfterSeconds) } : {};
      return sendGraphError(request, reply, new GraphError(decision.status, codeForStatus(decision.status), messageForStatus(decision.status), headers));
    }
    return undefined;
  });

  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'OPTIONS' || !isServiceRequest(request)) {
      return;
    }
    deps.log.add({ method: request.method, url: request.url, status: reply.statusCode, ...(request.batchInner ? { batch: true as const } : {}) });
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof GraphError) {
      return sendGraphError(request, reply, error);
    }
    const status = typeof (error as { statusCode?: unknown }).statusCode === 'number' ? (error as { statusCode: number }).statusCode : 500;
    if (status >= 500) {
      request.log.error(error);
      return sendGraphError(request, reply, new GraphError(500, 'InternalServerError', 'An internal server error occurred.'));
    }
    return sendGraphError(request, reply, new GraphError(status, codeForStatus(status), error instanceof Error ? error.message : 'The request is invalid.'));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (/^\/v1\.0(\/|$)/i.test(path)) {
      const segments = path.split('/').filter((segment) => segment !== '');
      const last = decodeSafely(segments[segments.length - 1] ?? 'v1.0');
      return sendGraphError(request, reply, new GraphError(400, 'BadRequest', `Resource not found for the segment '${last}'.`));
    }
    return sendGraphError(request, reply, new GraphError(404, 'NotFound', `No resource at '${path.slice(0, 200)}'.`));
  });
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment).slice(0, 200);
  } catch {
    return segment.slice(0, 200);
  }
}
