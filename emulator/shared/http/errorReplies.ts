import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { codeForStatus, GraphError, graphErrorBody } from './errors';
import './requestState';

export function sendGraphError(request: FastifyRequest, reply: FastifyReply, error: GraphError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) {
    reply.header(name, value);
  }
  return reply
    .code(error.status)
    .header('Content-Type', 'application/json')
    .send(
      graphErrorBody(
        error.code,
        error.message,
        request.graphRequestId,
        request.clientRequestId,
        error.innerErrorDetails
      )
    );
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment).slice(0, 200);
  } catch {
    return segment.slice(0, 200);
  }
}

/** Thrown errors and unknown routes answer with Graph's error JSON; nothing reaches the client as a crash. */
export function installErrorReplies(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof GraphError) {
      return sendGraphError(request, reply, error);
    }
    const status =
      typeof (error as { statusCode?: unknown }).statusCode === 'number'
        ? (error as { statusCode: number }).statusCode
        : 500;
    if (status >= 500) {
      request.log.error(error);
      return sendGraphError(
        request,
        reply,
        new GraphError(500, 'InternalServerError', 'An internal server error occurred.')
      );
    }
    return sendGraphError(
      request,
      reply,
      new GraphError(status, codeForStatus(status), error instanceof Error ? error.message : 'The request is invalid.')
    );
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (/^\/v1\.0(\/|$)/i.test(path)) {
      const segments = path.split('/').filter((segment) => segment !== '');
      const last = decodeSafely(segments[segments.length - 1] ?? 'v1.0');
      return sendGraphError(
        request,
        reply,
        new GraphError(400, 'BadRequest', `Resource not found for the segment '${last}'.`)
      );
    }
    return sendGraphError(request, reply, new GraphError(404, 'NotFound', `No resource at '${path.slice(0, 200)}'.`));
  });
}
