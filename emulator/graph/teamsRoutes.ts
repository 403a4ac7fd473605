import type { FastifyInstance } from 'fastify';
import { badRequest } from '../http/errors';
import { contextUrl, parseSelect, project, queryOption } from '../http/odata';
import type { ChannelRow } from '../store/rows';
import { teamJson } from './groupView';
import { channelJson } from './messageView';
import { allowQueryOptions, sendEntity } from './routeHelpers';
import type { GraphStore } from './store';
import { accessibleChannel, accessibleTeam } from './teamAccess';

const CHANNEL_PROPERTIES = ['id', 'createdDateTime', 'displayName', 'description', 'isFavoriteByDefault', 'email', 'tenantId', 'webUrl', 'membershipType'];
const CHANNEL_PROPERTY_SET: ReadonlySet<string> = new Set(CHANNEL_PROPERTIES);

export function registerTeamRoutes(app: FastifyInstance, store: GraphStore): void {
  app.get('/v1.0/teams/:teamId', async (request, reply) => {
    allowQueryOptions(request, ['$select']);
    const team = accessibleTeam(store, request);
    const body = teamJson(team);
    const selected = parseSelect(queryOption(request, '$select'), 'team', new Set(Object.keys(body)));
    return sendEntity(reply, { '@odata.context': contextUrl(request, 'teams/$entity'), ...project(body, selected, Object.keys(body)) }, team.etag);
  });

  app.get('/v1.0/teams/:teamId/channels', async (request) => {
    allowQueryOptions(request, ['$select', '$filter']);
    const team = accessibleTeam(store, request);
    const selected = parseSelect(queryOption(request, '$select'), 'channel', CHANNEL_PROPERTY_SET);
    const channels = store.db.prepare('SELECT * FROM channels WHERE teamId = ? ORDER BY isPrimary DESC, displayName').all(team.id) as ChannelRow[];
    const filter = queryOption(request, '$filter');
    const matches = filter === undefined ? channels : channels.filter((channel) => filterChannel(channel, filter));
    return {
      '@odata.context': contextUrl(request, `teams('${team.id}')/channels`),
      '@odata.count': matches.length,
      value: matches.map((channel) => project(channelJson(channel, team.createdDateTime), selected, CHANNEL_PROPERTIES))
    };
  });

  app.get('/v1.0/teams/:teamId/primaryChannel', async (request) => {
    allowQueryOptions(request, ['$select']);
    const team = accessibleTeam(store, request);
    const selected = parseSelect(queryOption(request, '$select'), 'channel', CHANNEL_PROPERTY_SET);
    const channel = store.db.prepare('SELECT * FROM channels WHERE teamId = ? AND isPrimary = 1').get(team.id) as ChannelRow;
    return { '@odata.context': contextUrl(request, `teams('${team.id}')/primaryChannel/$entity`), ...project(channelJson(channel, team.createdDateTime), selected, CHANNEL_PROPERTIES) };
  });

  app.get('/v1.0/teams/:teamId/channels/:channelId', async (request) => {
    allowQueryOptions(request, ['$select']);
    const { team, channel } = accessibleChannel(store, request);
    const selected = parseSelect(queryOption(request, '$select'), 'channel', CHANNEL_PROPERTY_SET);
    return { '@odata.context': contextUrl(request, `teams('${team.id}')/channels/$entity`), ...project(channelJson(channel, team.createdDateTime), selected, CHANNEL_PROPERTIES) };
  });
}

/** Channels support `$filter` on displayName and membershipType with `eq` only. */
function filterChannel(channel: ChannelRow, filter: string): boolean {
  const match = /^\s*(displayName|membershipType)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
  if (!match) {
    throw badRequest(`Invalid filter clause: '${filter.slice(0, 100)}' is not supported on channels.`);
  }
  const value = match[2].replace(/''/g, "'").toLowerCase();
  return (match[1].toLowerCase() === 'displayname' ? channel.displayName : channel.membershipType).toLowerCase() === value;
}
