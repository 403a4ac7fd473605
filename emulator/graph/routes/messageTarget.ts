import type { FastifyRequest } from 'fastify';
import { GraphError } from '../../shared/http/errors';
import type { ChannelRow, GroupRow, MessageRow } from '../../shared/store/rows';
import type { GraphStore } from '../store/graphStore';
import { serverBase } from '../odata/queryOptions';
import type { DisplayNameOf, MessageViewContext } from '../views/messageView';
import { accessibleChannel } from './teamAccess';

export const MESSAGES = '/v1.0/teams/:teamId/channels/:channelId/messages';

export interface MessageTarget {
  team: GroupRow;
  channel: ChannelRow;
  message: MessageRow;
}

/** The message (or reply) a route names, checked against the channel and thread. */
export function targetMessage(store: GraphStore, request: FastifyRequest): MessageTarget {
  const { team, channel } = accessibleChannel(store, request);
  const { messageId, replyId } = request.params as { messageId: string; replyId?: string };
  const parent = store.messages.find(channel.id, messageId);
  if (!parent || parent.replyToId !== null) {
    throw new GraphError(404, 'NotFound', `Message ${messageId.slice(0, 100)} was not found in this channel.`);
  }
  if (replyId === undefined) {
    return { team, channel, message: parent };
  }
  const reply = store.messages.find(channel.id, replyId);
  if (!reply || reply.replyToId !== parent.id) {
    throw new GraphError(404, 'NotFound', `Reply ${replyId.slice(0, 100)} was not found under message ${parent.id}.`);
  }
  return { team, channel, message: reply };
}

/** Author names, looked up once per person per request. */
export function displayNames(store: GraphStore): DisplayNameOf {
  const cache = new Map<string, string | null>();
  return (userId) => {
    if (!cache.has(userId)) {
      cache.set(userId, store.users.displayName(userId) ?? null);
    }
    return cache.get(userId) ?? null;
  };
}

/** How messages are rendered for this request: author names, the caller's origin, `Prefer` enum members. */
export function messageViewContext(store: GraphStore, request: FastifyRequest): MessageViewContext {
  const prefer = String(request.headers.prefer ?? '');
  return {
    displayNameOf: displayNames(store),
    origin: serverBase(request),
    includeUnknownEnumMembers: /(^|[\s,;])include-unknown-enum-members($|[\s,;])/i.test(prefer)
  };
}
