import { randomUUID } from 'crypto';
import { PassThrough } from 'stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserRow } from '../store/rows';
import { installBodyParsers } from './bodyParsers';
import { applyCors } from './cors';
import { installErrorReplies, sendGraphError } from './errorReplies';
import { codeForStatus, GraphError, graphErrorBody, messageForStatus } from './errors';
import type { FaultInjector } from './faults';
import type { RequestLog } from './requestLog';
import { TokenVerifier } from './tokens';
import './requestState';

export interface PipelineDeps {
  /** The user a token names (by object id). */
  findUser: (id: string) => UserRow | undefined;
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

const DIAGNOSTIC_HEADER = JSON.stringify({
  ServerInfo: { DataCenter: 'Localhost', Slice: 'E', Ring: 'LOCAL', ScaleUnit: '000', RoleInstance: 'kring-emulator' }
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function identifyRequest(request: FastifyRequest, reply: FastifyReply, batchMarker: string): void {
  request.receivedAt = new Date().toISOString();
  request.graphRequestId = randomUUID();
  const clientId = request.headers['client-request-id'];
  request.clientRequestId = typeof clientId === 'string' && clientId.length <= 100 ? clientId : request.graphRequestId;
  request.batchInner = request.headers[BATCH_MARKER_HEADER] === batchMarker;
  reply.header('request-id', request.graphRequestId);
  reply.header('client-request-id', request.clientRequestId);
  reply.header('x-ms-ags-diagnostic', DIAGNOSTIC_HEADER);
}

/** The bearer token's user, or the 401 Graph answers. */
function authenticate(
  request: FastifyRequest,
  tokens: TokenVerifier,
  findUser: PipelineDeps['findUser']
): UserRow | GraphError {
  const authorization = request.headers.authorization;
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  if (!match) {
    return new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  }
  const check = tokens.verify(match[1]);
  const user = check.ok ? findUser(check.userId) : undefined;
  if (!check.ok || !user) {
    return new GraphError(
      401,
      'InvalidAuthenticationToken',
      check.ok ? 'The user of the token no longer exists.' : check.reason
    );
  }
  return user;
}

/**
 * Latency belongs to a network round trip: a `$batch` pays it once, its inner requests not again. Failures belong to
 * each request: inside a batch every inner request can fail on its own.
 */
async function applyFaults(
  request: FastifyRequest,
  reply: FastifyReply,
  faults: FaultInjector
): Promise<FastifyReply | undefined> {
  if (isBatchPath(request.routeOptions?.url ?? '')) {
    const latencyMs = faults.current.latencyMs;
    if (latencyMs > 0) {
      await sleep(latencyMs);
    }
    return undefined;
  }
  const { latencyMs, decision } = faults.decide();
  if (latencyMs > 0 && !request.batchInner) {
    await sleep(latencyMs);
  }
  if (decision.kind === 'dropAfterHandling') {
    request.dropAnswer = true;
    return undefined;
  }
  if (decision.kind === 'drop') {
    if (request.batchInner) {
      return sendGraphError(request, reply, new GraphError(504, 'GatewayTimeout', messageForStatus(504)));
    }
    request.raw.socket?.destroy();
    return reply.hijack();
  }
  if (decision.kind === 'fail') {
    const retryAfter = decision.retryAfterSeconds > 0 && (decision.status === 429 || decision.status === 503);
    const headers: Record<string, string> = retryAfter ? { 'Retry-After': String(decision.retryAfterSeconds) } : {};
    return sendGraphError(
      request,
      reply,
      new GraphError(decision.status, codeForStatus(decision.status), messageForStatus(decision.status), headers)
    );
  }
  return undefined;
}

/**
 * The "stored, then dropped" fault: the route has done its work and the answer is lost on the way. Inside a
 * `$batch` the inner answer becomes a 504, as a dropped connection does there.
 */
function dropAnswerIfFaulted(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (!request.dropAnswer) {
    return payload;
  }
  if (request.batchInner) {
    reply.code(504).header('Content-Type', 'application/json');
    return JSON.stringify(
      graphErrorBody('GatewayTimeout', messageForStatus(504), request.graphRequestId, request.clientRequestId)
    );
  }
  // Half the body under the whole body's Content-Length, then the connection goes: the client has begun to
  // receive an answer, so it cannot take the request for one never handled and send it again on a new connection
  // (Chromium resends a request, POST included, when a reused connection closes before any answer arrives).
  const body = Buffer.from(typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : '');
  const socket = request.raw.socket;
  reply.header('Content-Length', String(Math.max(body.length, 2)));
  const half = new PassThrough();
  half.end(body.subarray(0, Math.floor(body.length / 2)), () => setImmediate(() => socket?.destroy()));
  return half;
}

/** CORS, request ids, bearer auth, faults, the request log, JSON parsing and Graph-shaped errors for every route. */
export function installServicePipeline(app: FastifyInstance, deps: PipelineDeps): void {
  const tokens = new TokenVerifier(deps.tokenSecret);
  app.decorateRequest('graphRequestId', '');
  app.decorateRequest('clientRequestId', '');
  app.decorateRequest('receivedAt', '');
  app.decorateRequest('batchInner', false);
  app.decorateRequest('dropAnswer', false);
  app.decorateRequest('kringUser', null as unknown as never);
  installBodyParsers(app);

  app.addHook('onRequest', async (request, reply) => {
    identifyRequest(request, reply, deps.batchMarker);
    if (applyCors(request, reply)) {
      return reply.code(204).send();
    }
    if (!isServiceRequest(request)) {
      return undefined;
    }
    const user = authenticate(request, tokens, deps.findUser);
    if (user instanceof GraphError) {
      return sendGraphError(request, reply, user);
    }
    request.kringUser = user;
    return applyFaults(request, reply, deps.faults);
  });

  app.addHook('onSend', async (request, reply, payload) => dropAnswerIfFaulted(request, reply, payload));

  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'OPTIONS' || !isServiceRequest(request)) {
      return;
    }
    const entry = { at: request.receivedAt, method: request.method, url: request.url, status: reply.statusCode };
    deps.log.add(request.batchInner ? { ...entry, batch: true } : entry);
  });

  installErrorReplies(app);
}
