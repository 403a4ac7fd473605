import type { FastifyInstance } from 'fastify';
import { sendGraphError } from '../../shared/http/errorReplies';
import { GraphError } from '../../shared/http/errors';
import { MESSAGES } from '../routes/messageTarget';
import type { ChannelMessageThrottle } from './channelMessageThrottle';

const MESSAGES_PATTERN = MESSAGES.toLowerCase();

/** Graph's throttling answer ("Microsoft Graph throttling guidance", sample response). */
export function throttledError(retryAfterSeconds: number): GraphError {
  return new GraphError(
    429,
    'TooManyRequests',
    'Please retry again later.',
    { 'Retry-After': String(retryAfterSeconds) },
    { code: '429', message: 'Please retry after', status: '429' }
  );
}

/**
 * Counts every request on channel messages after authentication, inner `$batch` requests one by one (each is a
 * request of its own here), and answers 429 with `Retry-After` over the budget.
 */
export function installChannelMessageThrottling(app: FastifyInstance, throttle: ChannelMessageThrottle): void {
  app.addHook('preHandler', async (request, reply) => {
    const pattern = (request.routeOptions?.url ?? '').toLowerCase();
    if (!pattern.startsWith(MESSAGES_PATTERN)) {
      return undefined;
    }
    const { teamId = '', channelId = '' } = request.params as { teamId?: string; channelId?: string };
    const refused = throttle.admit(`${teamId.toLowerCase()}|${channelId}`, request.method === 'GET');
    return refused ? sendGraphError(request, reply, throttledError(refused.retryAfterSeconds)) : undefined;
  });
}
