import { createHash } from 'crypto';
import type { FastifyInstance } from 'fastify';
import { badRequest } from '../../shared/http/errors';
import type { UserRow } from '../../shared/store/rows';
import { contextUrl } from '../odata/queryOptions';
import type { GraphStore } from '../store/graphStore';
import { allowQueryOptions, jsonObjectBody, targetUser, userPaths } from './routeHelpers';

const STATES: ReadonlyArray<readonly [string, string, number]> = [
  ['Available', 'Available', 40],
  ['Busy', 'InAMeeting', 10],
  ['Busy', 'InACall', 6],
  ['Busy', 'Busy', 4],
  ['Away', 'Away', 15],
  ['BeRightBack', 'BeRightBack', 5],
  ['DoNotDisturb', 'Presenting', 5],
  ['Offline', 'OffWork', 15]
];
const WEIGHT = STATES.reduce((sum, [, , weight]) => sum + weight, 0);

/** A stable presence per user (disabled accounts and service accounts are offline). */
export function presenceOf(id: string, user: UserRow | undefined): Record<string, unknown> {
  if (!user) {
    return { id, availability: 'PresenceUnknown', activity: 'PresenceUnknown', statusMessage: null };
  }
  if (user.accountEnabled !== 1 || user.department === null) {
    return { id, availability: 'Offline', activity: 'OffWork', statusMessage: null };
  }
  let pick = createHash('sha1').update(`presence:${id}`).digest().readUInt16BE(0) % WEIGHT;
  for (const [availability, activity, weight] of STATES) {
    if (pick < weight) {
      return { id, availability, activity, statusMessage: null };
    }
    pick -= weight;
  }
  return { id, availability: 'Available', activity: 'Available', statusMessage: null };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerPresenceRoutes(app: FastifyInstance, store: GraphStore): void {
  for (const path of userPaths('/presence')) {
    app.get(path, async (request) => {
      allowQueryOptions(request, []);
      const user = targetUser(store, request);
      return { '@odata.context': contextUrl(request, 'users/presence/$entity'), ...presenceOf(user.id, user) };
    });
  }

  app.post('/v1.0/communications/getPresencesByUserId', async (request) => {
    const { ids } = jsonObjectBody(request);
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
      throw badRequest("The request body needs 'ids': a non-empty array of user object ids.");
    }
    if (ids.length > 650) {
      throw badRequest('The number of ids exceeds the limit of 650.');
    }
    const invalid = (ids as string[]).find((id) => !GUID.test(id));
    if (invalid !== undefined) {
      throw badRequest(`'${invalid.slice(0, 100)}' is not a valid user object id.`);
    }
    const unique = [...new Set((ids as string[]).map((id) => id.toLowerCase()))];
    return {
      '@odata.context': contextUrl(request, 'Collection(microsoft.graph.presence)'),
      value: unique.map((id) => presenceOf(id, store.users.find(id)))
    };
  });
}
