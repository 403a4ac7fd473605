import {
  GraphCollection,
  GraphQueryable,
  Paged,
  type GraphFI,
  type IGraphCollection,
  type IGraphQueryable
} from '@pnp/graph';
import '@pnp/graph/teams';
import type { GraphChatMessagePayload } from '../../model/feed/graphMessage';
import type { ChannelRef } from '../../model/feed/mergedFeed';
import type { BatchCall } from '../graph/runBatch';

/** Threads per page of a channel: the first screen of a merged feed, and a small answer with replies expanded. */
export const THREADS_PER_PAGE = 10;
/** Graph's maximum `$top` for channel messages and replies. */
export const MAX_TOP = 50;

/** A page of a Graph collection with its links, as PnPjs `Paged` hands it over. */
export interface GraphPage<T> {
  value: T[];
  nextLink: string | null;
  deltaLink: string | null;
}

/** `…/channels/{id}/messages`, with no parser of its own: children must not inherit a collection's. */
function messagesPath(g: GraphFI, channel: ChannelRef): IGraphQueryable {
  return GraphQueryable(g.teams.getById(channel.groupId), `channels/${encodeURIComponent(channel.channelId)}/messages`);
}

function pagedAt(base: IGraphQueryable, path: string): IGraphCollection {
  return GraphCollection(GraphQueryable(base, path)).using(Paged());
}

function messagesOf(g: GraphFI, channel: ChannelRef): IGraphCollection {
  return GraphCollection(messagesPath(g, channel)).using(Paged());
}

function pageAt(g: GraphFI, url: string): IGraphCollection {
  // Any queryable of the client carries its behaviours (auth, batching); the absolute URL replaces its path.
  return GraphCollection([g.me, url]).using(Paged());
}

/** The newest threads with their replies expanded (Graph returns up to 1,000 replies with each). */
export function latestThreadsCall(
  channel: ChannelRef,
  threads: number = THREADS_PER_PAGE
): BatchCall<GraphPage<GraphChatMessagePayload>> {
  return (g) => {
    const messages = messagesOf(g, channel).top(Math.min(MAX_TOP, threads));
    messages.query.set('$expand', 'replies');
    return messages<GraphPage<GraphChatMessagePayload>>();
  };
}

/** A page whose URL Graph handed out (`@odata.nextLink`, `@odata.deltaLink`). */
export function pageCall(url: string): BatchCall<GraphPage<GraphChatMessagePayload>> {
  return (g) => pageAt(g, url)<GraphPage<GraphChatMessagePayload>>();
}

export function postCall(channel: ChannelRef, postId: string): BatchCall<GraphChatMessagePayload> {
  return (g) => GraphQueryable(messagesPath(g, channel), encodeURIComponent(postId))<GraphChatMessagePayload>();
}

export function repliesCall(channel: ChannelRef, postId: string): BatchCall<GraphPage<GraphChatMessagePayload>> {
  return (g) =>
    pagedAt(messagesPath(g, channel), `${encodeURIComponent(postId)}/replies`).top(MAX_TOP)<
      GraphPage<GraphChatMessagePayload>
    >();
}

/** Root messages changed after `since` (`messages/delta` accepts only this `$filter`). */
export function deltaSinceCall(channel: ChannelRef, since: string): BatchCall<GraphPage<GraphChatMessagePayload>> {
  return (g) => {
    const delta = pagedAt(messagesPath(g, channel), 'delta');
    delta.query.set('$filter', `lastModifiedDateTime gt ${since}`);
    return delta.top(MAX_TOP)<GraphPage<GraphChatMessagePayload>>();
  };
}
