import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../shared/http/errors';
import type { RequestLog, RequestLogQuery } from '../shared/http/requestLog';

function single(value: unknown, name: string): string | undefined {
  if (Array.isArray(value)) {
    throw badRequest(`'${name}' may be given once.`);
  }
  return typeof value === 'string' ? value : undefined;
}

/** `?since=<seq>` (only newer entries) and `?order=asc|desc`; without them the whole log, oldest first. */
function logQuery(request: FastifyRequest): RequestLogQuery {
  const query = request.query as Record<string, unknown>;
  const since = single(query.since, 'since');
  const order = single(query.order, 'order');
  if (since !== undefined && !/^\d{1,15}$/.test(since)) {
    throw badRequest("'since' must be the seq of a logged request (a whole number of 0 or more).");
  }
  if (order !== undefined && order !== 'asc' && order !== 'desc') {
    throw badRequest("'order' must be 'asc' or 'desc'.");
  }
  return { since: since === undefined ? undefined : Number(since), order };
}

export function registerRequestLogRoutes(app: FastifyInstance, log: RequestLog): void {
  app.get('/_emulator/requests', async (request) => log.list(logQuery(request)));
  app.delete('/_emulator/requests', async (_request, reply) => {
    log.clear();
    return reply.code(204).send();
  });
}
