import { GraphCollection, GraphQueryable, Paged, graphPost, type GraphFI, type IGraphQueryable } from '@pnp/graph';
import '@pnp/graph/teams';
import { BrowserFetch, body } from '@pnp/queryable';
import type { GraphNewMessagePayload } from '../../model/composer/graphNewMessage';
import type { GraphChatMessagePayload } from '../../model/feed/graphMessage';
import type { ChannelRef } from '../../model/feed/mergedFeed';
import type { MessageRef } from './ComposerService';

/** Messages and replies per page when looking for a send (Graph's maximum `$top`). */
const PAGE_SIZE = 50;

export interface MessagePage {
  value: GraphChatMessagePayload[];
  nextLink: string | null;
}

export function messagesOf(g: GraphFI, channel: ChannelRef): IGraphQueryable {
  return GraphQueryable(g.teams.getById(channel.groupId), `channels/${encodeURIComponent(channel.channelId)}/messages`);
}

function messageAt(g: GraphFI, message: MessageRef): IGraphQueryable {
  const path = message.postId
    ? `${encodeURIComponent(message.postId)}/replies/${encodeURIComponent(message.messageId)}`
    : encodeURIComponent(message.messageId);
  return GraphQueryable(messagesOf(g, message), path);
}

/**
 * Sends a new message exactly once. The clients' usual send retries 429/503/504 and dropped connections, which
 * for a POST that Graph may already have stored would post it twice; this one sends a single request and gives
 * up after `timeoutMs`, leaving the decision to retry to the caller.
 */
export async function postMessageOnce(
  target: IGraphQueryable,
  payload: GraphNewMessagePayload,
  timeoutMs: number
): Promise<GraphChatMessagePayload> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await graphPost<GraphChatMessagePayload>(target.using(BrowserFetch()), {
      ...body(payload),
      signal: controller.signal
    });
  } finally {
    clearTimeout(timer);
  }
}

export const newPostAt = (g: GraphFI, channel: ChannelRef): IGraphQueryable => messagesOf(g, channel);

export const newReplyAt = (g: GraphFI, channel: ChannelRef, postId: string): IGraphQueryable =>
  GraphQueryable(messagesOf(g, channel), `${encodeURIComponent(postId)}/replies`);

/** `setReaction` and `unsetReaction` change nothing when repeated, so the usual retrying send is fine for them. */
export async function reactionAction(
  g: GraphFI,
  message: MessageRef,
  action: 'setReaction' | 'unsetReaction',
  reactionType: string
): Promise<void> {
  await graphPost(GraphQueryable(messageAt(g, message), action), body({ reactionType }));
}

export function firstPostsPage(g: GraphFI, channel: ChannelRef): Promise<MessagePage> {
  return GraphCollection(messagesOf(g, channel)).using(Paged()).top(PAGE_SIZE)<MessagePage>();
}

export function firstRepliesPage(g: GraphFI, channel: ChannelRef, postId: string): Promise<MessagePage> {
  return GraphCollection(newReplyAt(g, channel, postId))
    .using(Paged())
    .top(PAGE_SIZE)<MessagePage>();
}

export function pageAt(g: GraphFI, nextLink: string): Promise<MessagePage> {
  return GraphCollection([g.me, nextLink]).using(Paged())<MessagePage>();
}
