import type { FastifyInstance } from 'fastify';
import { badRequest } from '../../shared/http/errors';
import { FilterFieldError, FilterSyntaxError } from '../../shared/odata/filterAst';
import { parseFilter } from '../../shared/odata/filterParser';
import { compileRecordFilter, type RecordPredicate, type RecordProperty } from '../../shared/odata/recordFilter';
import { contextUrl, parseSelect, project, queryOption } from '../odata/queryOptions';
import type { GraphStore } from '../store/graphStore';
import { teamJson } from '../views/groupView';
import { channelJson } from '../views/messageView';
import { allowQueryOptions, sendEntity } from './routeHelpers';
import { accessibleChannel, accessibleTeam } from './teamAccess';

const CHANNEL_PROPERTIES = [
  'id',
  'createdDateTime',
  'displayName',
  'description',
  'isFavoriteByDefault',
  'email',
  'tenantId',
  'webUrl',
  'membershipType'
];
const CHANNEL_PROPERTY_SET: ReadonlySet<string> = new Set(CHANNEL_PROPERTIES);

/** Channels support `$filter` on displayName and membershipType with `eq` only. */
const CHANNEL_FILTER_PROPERTIES: Readonly<Record<string, RecordProperty>> = {
  displayname: { name: 'displayName', type: 'string', operators: ['eq'] },
  membershiptype: { name: 'membershipType', type: 'string', operators: ['eq'] }
};

function channelFilter(raw: string): RecordPredicate {
  try {
    return compileRecordFilter(parseFilter(raw), CHANNEL_FILTER_PROPERTIES);
  } catch (error) {
    if (error instanceof FilterSyntaxError || error instanceof FilterFieldError) {
      throw badRequest(`Invalid filter clause: '${raw.slice(0, 100)}' is not supported on channels. ${error.message}`);
    }
    throw error;
  }
}

export function registerTeamRoutes(app: FastifyInstance, store: GraphStore): void {
  app.get('/v1.0/teams/:teamId', async (request, reply) => {
    allowQueryOptions(request, ['$select']);
    const team = accessibleTeam(store, request);
    const body = teamJson(team);
    const selected = parseSelect(queryOption(request, '$select'), 'team', new Set(Object.keys(body)));
    return sendEntity(
      reply,
      { '@odata.context': contextUrl(request, 'teams/$entity'), ...project(body, selected, Object.keys(body)) },
      team.etag
    );
  });

  app.get('/v1.0/teams/:teamId/channels', async (request) => {
    allowQueryOptions(request, ['$select', '$filter']);
    const team = accessibleTeam(store, request);
    const selected = parseSelect(queryOption(request, '$select'), 'channel', CHANNEL_PROPERTY_SET);
    const filter = queryOption(request, '$filter');
    const predicate = filter === undefined ? undefined : channelFilter(filter);
    const channels = store.channels
      .ofTeamId(team.id)
      .filter(
        (channel) => predicate?.({ displayName: channel.displayName, membershipType: channel.membershipType }) ?? true
      );
    return {
      '@odata.context': contextUrl(request, `teams('${team.id}')/channels`),
      '@odata.count': channels.length,
      value: channels.map((channel) =>
        project(channelJson(channel, team.createdDateTime), selected, CHANNEL_PROPERTIES)
      )
    };
  });

  app.get('/v1.0/teams/:teamId/primaryChannel', async (request) => {
    allowQueryOptions(request, ['$select']);
    const team = accessibleTeam(store, request);
    const selected = parseSelect(queryOption(request, '$select'), 'channel', CHANNEL_PROPERTY_SET);
    const channel = store.channels.primary(team.id);
    if (!channel) {
      throw badRequest(`Team ${team.id} has no primary channel.`);
    }
    return {
      '@odata.context': contextUrl(request, `teams('${team.id}')/primaryChannel/$entity`),
      ...project(channelJson(channel, team.createdDateTime), selected, CHANNEL_PROPERTIES)
    };
  });

  app.get('/v1.0/teams/:teamId/channels/:channelId', async (request) => {
    allowQueryOptions(request, ['$select']);
    const { team, channel } = accessibleChannel(store, request);
    const selected = parseSelect(queryOption(request, '$select'), 'channel', CHANNEL_PROPERTY_SET);
    return {
      '@odata.context': contextUrl(request, `teams('${team.id}')/channels/$entity`),
      ...project(channelJson(channel, team.createdDateTime), selected, CHANNEL_PROPERTIES)
    };
  });
}
