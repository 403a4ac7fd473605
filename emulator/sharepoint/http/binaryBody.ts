import { Readable } from 'stream';
import type { FastifyRequest } from 'fastify';
import { SharePointError } from './spError';

/** File content: REST's `Files/add` takes up to 2 GB; the emulator takes this much in one request. */
export const MAX_FILE_REQUEST_BYTES = 256 * 1024 * 1024;
/** Every other SharePoint request, as the server's own limit for JSON. */
export const MAX_OTHER_REQUEST_BYTES = 4 * 1024 * 1024;

/** REST calls whose body is file content, sent with any content type (the docs' own example says JSON). */
const FILE_CONTENT_CALL = /\/(files\/add(usingpath)?|startupload|continueupload|finishupload)\(/i;

declare module 'fastify' {
  interface FastifyRequest {
    /** The raw body of a file-content call; other requests are parsed as usual. */
    fileContent?: Buffer;
  }
}

function tooLarge(limit: number): SharePointError {
  return Object.assign(
    new SharePointError(413, '-1, System.InvalidOperationException', `The request is larger than ${limit} bytes.`),
    { statusCode: 413 }
  );
}

function decodedPath(url: string): string {
  const path = url.split('?')[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

async function collect(payload: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of payload) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    length += bytes.length;
    if (length > limit) {
      throw tooLarge(limit);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * `preParsing` for the SharePoint API: a file-content call keeps its body as bytes, whatever its Content-Type,
 * and hands the parsers an empty body; anything else over the JSON limit is refused.
 */
export async function keepFileContent(
  request: FastifyRequest,
  _reply: unknown,
  payload: NodeJS.ReadableStream
): Promise<NodeJS.ReadableStream> {
  const path = decodedPath(request.url).replace(/'[^']*'/g, "''");
  if (request.method !== 'POST' || !FILE_CONTENT_CALL.test(path)) {
    if (Number(request.headers['content-length'] ?? 0) > MAX_OTHER_REQUEST_BYTES) {
      throw tooLarge(MAX_OTHER_REQUEST_BYTES);
    }
    return payload;
  }
  request.fileContent = await collect(payload, MAX_FILE_REQUEST_BYTES);
  request.headers['content-length'] = '0';
  return Readable.from([]);
}
