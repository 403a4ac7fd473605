import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../../shared/http/errors';
import { deltaFilterSince } from '../odata/deltaFilter';
import {
  decodeDeltaLink,
  decodeDeltaRound,
  encodeDeltaLink,
  encodeDeltaRound,
  type DeltaRound
} from '../odata/deltaTokens';
import { snapshotTime } from '../odata/messageCursor';
import { contextUrl, linkTo, queryOption } from '../odata/queryOptions';
import type { GraphStore } from '../store/graphStore';
import { messageJson } from '../views/messageView';
import { expandedRepliesOf, messagePageSize, messagesPath, wantsReplies, withReplies } from './messagePaging';
import { MESSAGES, messageViewContext } from './messageTarget';
import { allowQueryOptions } from './routeHelpers';
import { accessibleChannel } from './teamAccess';

/** "Delta will only return messages within the last eight months." */
const WINDOW_MONTHS = 8;
const INITIAL_OPTIONS = ['$top', '$skip', '$filter', '$expand'];

function windowStart(now: number): string {
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - WINDOW_MONTHS);
  return start.toISOString();
}

function parseSkip(raw: string | undefined): number {
  if (raw === undefined) {
    return 0;
  }
  if (!/^\d{1,6}$/.test(raw.trim())) {
    throw badRequest(`Invalid value '${raw.slice(0, 50)}' for $skip: it must be a non-negative integer.`);
  }
  return Number(raw.trim());
}

/** Query options go in the first request of a round only; the state tokens carry them on. */
function refuseOptionsBesideToken(request: FastifyRequest, token: string): void {
  const given = INITIAL_OPTIONS.filter((name) => queryOption(request, name) !== undefined);
  if (given.length > 0) {
    throw badRequest(
      `${given.join(', ')} cannot be combined with ${token}: specify query options in the initial delta request only.`
    );
  }
}

/** The round this request belongs to, and how many roots its first page skips. */
function deltaRound(request: FastifyRequest, now: number): { round: DeltaRound; skip: number } {
  const skipToken = queryOption(request, '$skiptoken');
  const deltaToken = queryOption(request, '$deltatoken');
  if (skipToken !== undefined && deltaToken !== undefined) {
    throw badRequest('Specify either $skiptoken or $deltatoken, not both.');
  }
  if (skipToken !== undefined) {
    refuseOptionsBesideToken(request, '$skiptoken');
    return { round: decodeDeltaRound(skipToken), skip: 0 };
  }
  const fresh = { windowStart: windowStart(now), roundStart: snapshotTime(now), afterCreated: null, afterId: null };
  if (deltaToken !== undefined) {
    refuseOptionsBesideToken(request, '$deltatoken');
    const link = decodeDeltaLink(deltaToken);
    return { round: { ...fresh, since: link.since, top: link.top, expand: link.expand }, skip: 0 };
  }
  const filter = queryOption(request, '$filter');
  const since = filter === undefined ? null : deltaFilterSince(filter);
  const round = { ...fresh, since, top: messagePageSize(request), expand: wantsReplies(request) };
  return { round, skip: parseSkip(queryOption(request, '$skip')) };
}

/** `GET …/messages/delta`: root messages (no replies) in pages, then a delta link for the changes after this round. */
function listDelta(store: GraphStore, request: FastifyRequest): Record<string, unknown> {
  allowQueryOptions(request, [...INITIAL_OPTIONS, '$skiptoken', '$deltatoken']);
  const { channel } = accessibleChannel(store, request);
  const now = Date.now();
  const { round, skip } = deltaRound(request, now);
  const rows = store.messageDelta.changedRoots({
    channelId: channel.id,
    windowStart: round.windowStart,
    since: round.since,
    afterCreated: round.afterCreated,
    afterId: round.afterId,
    skip,
    limit: round.top + 1
  });
  const context = messageViewContext(store, request);
  const shown = rows.slice(0, round.top);
  const last = shown[shown.length - 1];
  const path = `${messagesPath(channel)}/delta`;
  const link =
    rows.length > round.top && last
      ? {
          '@odata.nextLink': linkTo(request, path, {
            $skiptoken: encodeDeltaRound({ ...round, afterCreated: last.createdDateTime, afterId: last.id })
          })
        }
      : {
          '@odata.deltaLink': linkTo(request, path, {
            $deltatoken: encodeDeltaLink({ since: round.roundStart, top: round.top, expand: round.expand })
          })
        };
  const asOf = snapshotTime(now);
  const replies = round.expand ? expandedRepliesOf(store, shown, asOf) : undefined;
  return {
    '@odata.context': contextUrl(request, 'Collection(chatMessage)'),
    ...link,
    value: shown.map((row) => ({
      '@odata.type': '#microsoft.graph.chatMessage',
      ...(replies ? withReplies(request, row, replies.get(row.id) ?? [], asOf, context) : messageJson(row, context))
    }))
  };
}

export function registerMessageDeltaRoute(app: FastifyInstance, store: GraphStore): void {
  app.get(`${MESSAGES}/delta`, async (request) => listDelta(store, request));
}
