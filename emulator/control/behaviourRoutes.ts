import type { FastifyInstance } from 'fastify';
import { badRequest } from '../shared/http/errors';
import type { GraphBehaviour, MembershipSettings } from '../graph/graphBehaviour';
import type { ThrottleSettings } from '../graph/throttling/channelMessageThrottle';

function objectBody(body: unknown, fields: readonly string[]): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`Expected a JSON object with ${fields.join(', ')}.`);
  }
  const unknown = Object.keys(body).filter((key) => !fields.includes(key));
  if (unknown.length > 0) {
    throw badRequest(`Unknown setting(s): ${unknown.join(', ')}.`);
  }
  return body as Record<string, unknown>;
}

function parseThrottleSettings(body: unknown): ThrottleSettings {
  const { channelMessages } = objectBody(body, ['channelMessages']);
  if (typeof channelMessages !== 'boolean') {
    throw badRequest("'channelMessages' must be true or false.");
  }
  return { channelMessages };
}

function parseMembershipSettings(body: unknown): MembershipSettings {
  const { selfService } = objectBody(body, ['selfService']);
  if (selfService !== 'documented' && selfService !== 'permissive') {
    throw badRequest("'selfService' must be 'documented' or 'permissive'.");
  }
  return { selfService };
}

/** `GET`/`PUT /_emulator/throttling` and `/_emulator/membership`: Graph behaviours a test may switch. */
export function registerBehaviourRoutes(app: FastifyInstance, behaviour: GraphBehaviour): void {
  app.get('/_emulator/throttling', async () => behaviour.throttle.current);
  app.put('/_emulator/throttling', async (request) => {
    behaviour.throttle.set(parseThrottleSettings(request.body));
    return behaviour.throttle.current;
  });
  app.get('/_emulator/membership', async () => behaviour.membership);
  app.put('/_emulator/membership', async (request) => {
    behaviour.membership = parseMembershipSettings(request.body);
    return behaviour.membership;
  });
}
