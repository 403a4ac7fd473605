import type { FastifyRequest } from 'fastify';
import { badRequest } from '../../shared/http/errors';
import type { ChannelRow, MessageRow } from '../../shared/store/rows';
import { decodeMessageCursor, encodeMessageCursor, snapshotTime } from '../odata/messageCursor';
import { contextUrl, linkTo, parseTop, queryOption } from '../odata/queryOptions';
import type { GraphStore } from '../store/graphStore';
import { messageJson, type MessageViewContext } from '../views/messageView';

/** List channel messages and list replies: 20 a page by default, at most 50. */
export const MESSAGE_PAGE_DEFAULT = 20;
export const MESSAGE_PAGE_MAX = 50;
/** `$expand=replies` includes up to 1,000 replies per message, then `replies@odata.nextLink`. */
export const EXPANDED_REPLIES_MAX = 1000;

export interface ListingPosition {
  asOf: string;
  afterKey: string | null;
  afterId: string | null;
}

export function messagePageSize(request: FastifyRequest): number {
  return parseTop(queryOption(request, '$top'), MESSAGE_PAGE_MAX, MESSAGE_PAGE_DEFAULT);
}

/** Where this page starts: a fresh snapshot, or the one the `$skiptoken` carries. */
export function listingPosition(request: FastifyRequest): ListingPosition {
  const token = queryOption(request, '$skiptoken');
  if (token === undefined) {
    return { asOf: snapshotTime(), afterKey: null, afterId: null };
  }
  const cursor = decodeMessageCursor(token);
  return { asOf: cursor.asOf, afterKey: cursor.key, afterId: cursor.id };
}

export function continuationAfter(asOf: string, key: string, id: string): string {
  return encodeMessageCursor({ asOf, key, id });
}

export function wantsReplies(request: FastifyRequest): boolean {
  const expand = queryOption(request, '$expand');
  if (expand === undefined) {
    return false;
  }
  if (expand.trim().toLowerCase() !== 'replies') {
    throw badRequest(`Expanding '${expand.slice(0, 100)}' is not supported on channel messages; only 'replies' is.`);
  }
  return true;
}

export function messagesPath(channel: ChannelRow): string {
  return `/v1.0/teams/${channel.teamId}/channels/${channel.id}/messages`;
}

export function channelContext(channel: ChannelRow): string {
  return `teams('${channel.teamId}')/channels('${encodeURIComponent(channel.id)}')/messages`;
}

/** The replies `$expand=replies` shows of each message of a page (one more than shown, to know there are more). */
export function expandedRepliesOf(
  store: GraphStore,
  roots: readonly MessageRow[],
  asOf: string
): ReadonlyMap<string, MessageRow[]> {
  const channelId = roots[0]?.channelId;
  if (channelId === undefined) {
    return new Map();
  }
  return store.messages.latestReplies({
    channelId,
    parentIds: roots.map((root) => root.id),
    asOf,
    limit: EXPANDED_REPLIES_MAX + 1
  });
}

/**
 * A message with its replies (newest first) as they stood at `asOf` (from `expandedRepliesOf`), with a link on when
 * there are more than 1,000.
 */
export function withReplies(
  request: FastifyRequest,
  root: MessageRow,
  rows: readonly MessageRow[],
  asOf: string,
  context: MessageViewContext
): Record<string, unknown> {
  const channel = { id: root.channelId, teamId: root.teamId } as ChannelRow;
  const shown = rows.slice(0, EXPANDED_REPLIES_MAX);
  const last = shown[shown.length - 1];
  const more = rows.length > EXPANDED_REPLIES_MAX && last !== undefined;
  return {
    ...messageJson(root, context),
    replies: shown.map((reply) => messageJson(reply, context)),
    'replies@odata.context': contextUrl(request, `${channelContext(channel)}('${root.id}')/replies`),
    ...(more
      ? {
          'replies@odata.nextLink': linkTo(request, `${messagesPath(channel)}/${root.id}/replies`, {
            $skiptoken: continuationAfter(asOf, last.createdDateTime, last.id)
          })
        }
      : {})
  };
}
