import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OutgoingHttpHeaders } from 'http';
import { badRequest, codeForStatus, graphErrorBody } from '../../shared/http/errors';
import { BATCH_MARKER_HEADER } from '../../shared/http/servicePipeline';

/** Graph's limit on requests in one JSON batch. */
export const MAX_BATCH_REQUESTS = 20;

const METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);
/** Headers of the outer request that every inner request inherits. */
const INHERITED_HEADERS = ['authorization', 'host', 'client-request-id'];
const RETURNED_HEADERS = ['content-type', 'location', 'etag', 'retry-after', 'cache-control'];

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

function invalidBatch(detail: string): Error {
  return badRequest(`Invalid batch payload format. ${detail}`);
}

function parseInnerRequests(body: unknown): InnerRequest[] {
  const requests =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as { requests?: unknown }).requests
      : undefined;
  if (!Array.isArray(requests) || requests.length === 0) {
    throw invalidBatch("The body needs a non-empty 'requests' array.");
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`The batch contains ${requests.length} requests; the limit is ${MAX_BATCH_REQUESTS}.`);
  }
  const seen = new Set<string>();
  const parsed = requests.map((item: unknown, index): InnerRequest => {
    const request =
      typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
    const id = request?.id;
    if (!request || (typeof id !== 'string' && typeof id !== 'number') || String(id).trim() === '') {
      throw invalidBatch(`Request ${index + 1} needs an 'id'.`);
    }
    const key = String(id);
    if (seen.has(key)) {
      throw badRequest(
        `Invalid batch payload format. Duplicate request id '${key.slice(0, 100)}': ids must be unique within a batch.`
      );
    }
    seen.add(key);
    const method = typeof request.method === 'string' ? request.method.toUpperCase() : '';
    if (!METHODS.has(method)) {
      throw invalidBatch(`Request '${key}' has an unsupported or missing method.`);
    }
    if (typeof request.url !== 'string' || request.url.trim() === '') {
      throw invalidBatch(`Request '${key}' needs a 'url'.`);
    }
    const headers: Record<string, string> = {};
    if (request.headers !== undefined) {
      if (typeof request.headers !== 'object' || request.headers === null || Array.isArray(request.headers)) {
        throw invalidBatch(`The headers of request '${key}' must be an object.`);
      }
      for (const [name, value] of Object.entries(request.headers)) {
        headers[name.toLowerCase()] = String(value);
      }
    }
    const dependsOn = request.dependsOn === undefined ? [] : request.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((dep) => typeof dep !== 'string' && typeof dep !== 'number')) {
      throw invalidBatch(`The dependsOn of request '${key}' must be an array of request ids.`);
    }
    return { id: key, method, url: request.url.trim(), headers, body: request.body, dependsOn: dependsOn.map(String) };
  });
  for (const request of parsed) {
    for (const dep of request.dependsOn) {
      if (!seen.has(dep) || dep === request.id) {
        throw invalidBatch(
          `Request '${request.id}' depends on '${dep.slice(0, 100)}', which is not an earlier request of this batch.`
        );
      }
    }
  }
  return parsed;
}

/**
 * Groups requests into waves: each wave holds the requests whose dependencies ran in earlier waves, so the
 * requests of one wave are independent and run side by side, as Graph runs them. A cycle makes the batch invalid.
 */
function executionWaves(requests: InnerRequest[]): InnerRequest[][] {
  const done = new Set<string>();
  const waves: InnerRequest[][] = [];
  let scheduled = 0;
  while (scheduled < requests.length) {
    const ready = requests.filter((r) => !done.has(r.id) && r.dependsOn.every((dep) => done.has(dep)));
    if (ready.length === 0) {
      throw invalidBatch('The dependsOn references form a cycle.');
    }
    for (const request of ready) {
      done.add(request.id);
    }
    waves.push(ready);
    scheduled += ready.length;
  }
  return waves;
}

/** `/users/x`, `users/x` and `/v1.0/users/x` all name the same resource; absolute URLs are refused like Graph does. */
function innerPath(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return undefined;
  }
  const path = url.startsWith('/') ? url : `/${url}`;
  const versioned = /^\/v1\.0(\/|$)/i.test(path) ? path : `/v1.0${path}`;
  return /^\/v1\.0\/\$batch/i.test(versioned) ? undefined : versioned;
}

function responseBody(payload: Buffer, contentType: string | undefined): unknown {
  if (payload.length === 0) {
    return undefined;
  }
  if (contentType && /json/i.test(contentType)) {
    try {
      return JSON.parse(payload.toString('utf8')) as unknown;
    } catch {
      return payload.toString('utf8');
    }
  }
  if (contentType && /^text\//i.test(contentType)) {
    return payload.toString('utf8');
  }
  return payload.toString('base64');
}

/** The answer of a request that never runs: a failed dependency (424) or a URL outside the version (400). */
function refusal(
  inner: InnerRequest,
  results: Map<string, InnerResponse>,
  request: FastifyRequest
): InnerResponse | undefined {
  const failedDependency = inner.dependsOn.find((dep) => (results.get(dep)?.status ?? 500) >= 400);
  const error = (status: number, code: string, message: string): InnerResponse => ({
    id: inner.id,
    status,
    headers: { 'Content-Type': 'application/json' },
    body: graphErrorBody(code, message, request.graphRequestId, request.clientRequestId)
  });
  if (failedDependency !== undefined) {
    return error(424, codeForStatus(424), `The request depends on request '${failedDependency}', which failed.`);
  }
  if (!innerPath(inner.url)) {
    return error(
      400,
      'BadRequest',
      'Invalid request URL: batch requests need a URL relative to the version, such as /me.'
    );
  }
  return undefined;
}

/** The inner request's headers: its own, the batch's inherited ones and the batch's token. */
function innerHeaders(inner: InnerRequest, request: FastifyRequest, batchMarker: string): Record<string, string> {
  const headers: Record<string, string> = { ...inner.headers, [BATCH_MARKER_HEADER]: batchMarker };
  for (const name of INHERITED_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string' && headers[name] === undefined) {
      headers[name] = value;
    }
  }
  headers.authorization = String(request.headers.authorization ?? '');
  if (inner.body !== undefined && inner.method !== 'GET') {
    headers['content-type'] = headers['content-type'] ?? 'application/json';
  }
  return headers;
}

/** Runs one inner request through the app itself and shapes its answer as a batch response. */
async function runInner(
  app: FastifyInstance,
  inner: InnerRequest,
  headers: Record<string, string>
): Promise<InnerResponse> {
  const payload =
    inner.body !== undefined && inner.method !== 'GET'
      ? typeof inner.body === 'string'
        ? inner.body
        : JSON.stringify(inner.body)
      : undefined;
  const response = await app.inject({
    method: inner.method as 'GET',
    url: innerPath(inner.url) ?? '',
    headers,
    payload
  });
  const returned: Record<string, string> = {};
  const raw: OutgoingHttpHeaders = response.headers;
  for (const name of RETURNED_HEADERS) {
    const value = raw[name];
    if (value !== undefined) {
      returned[name === 'content-type' ? 'Content-Type' : name === 'retry-after' ? 'Retry-After' : name] =
        String(value);
    }
  }
  const body = responseBody(response.rawPayload, raw['content-type'] as string | undefined);
  return { id: inner.id, status: response.statusCode, headers: returned, ...(body === undefined ? {} : { body }) };
}

/** `POST /$batch`: JSON batching with per-request status, headers, body and `dependsOn`, as Graph does it. */
export function registerBatchRoute(app: FastifyInstance, batchMarker: string): void {
  app.post('/v1.0/$batch', async (request: FastifyRequest) => {
    const requests = parseInnerRequests(request.body);
    const results = new Map<string, InnerResponse>();
    const run = async (inner: InnerRequest): Promise<void> => {
      const answer =
        refusal(inner, results, request) ?? (await runInner(app, inner, innerHeaders(inner, request, batchMarker)));
      results.set(inner.id, answer);
    };
    for (const wave of executionWaves(requests)) {
      await Promise.all(wave.map(run));
    }
    return { responses: requests.map((inner) => results.get(inner.id)) };
  });
}
