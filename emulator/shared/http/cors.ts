import type { FastifyReply, FastifyRequest } from 'fastify';

const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'ConsistencyLevel',
  'If-Match',
  'If-None-Match',
  'Prefer',
  'client-request-id',
  'return-client-request-id',
  'SdkVersion',
  'X-PnPjs-RequestId',
  'X-ClientService-ClientTag',
  'X-RequestDigest',
  'X-HTTP-Method',
  'odata-version',
  'odata-maxversion',
  'Cache-Control',
  'Pragma'
].join(', ');

const EXPOSED_HEADERS = [
  'Retry-After',
  'ETag',
  'request-id',
  'client-request-id',
  'Location',
  'x-ms-ags-diagnostic',
  'Content-Type'
].join(', ');

/** Open CORS for browser callers (the workbench runs on another port); preflights are answered here. */
export function applyCors(request: FastifyRequest, reply: FastifyReply): boolean {
  const origin = request.headers.origin;
  reply.header('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) {
    reply.header('Vary', 'Origin');
  }
  reply.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  if (request.method !== 'OPTIONS') {
    return false;
  }
  const requested = request.headers['access-control-request-headers'];
  reply.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS');
  reply.header(
    'Access-Control-Allow-Headers',
    typeof requested === 'string' && requested.trim() !== '' ? `${ALLOWED_HEADERS}, ${requested}` : ALLOWED_HEADERS
  );
  reply.header('Access-Control-Max-Age', '600');
  return true;
}
