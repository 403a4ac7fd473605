import type { Post } from './Post';

/** A channel that is some group's feed. */
export interface ChannelRef {
  groupId: string;
  channelId: string;
}

export const channelKey = (ref: ChannelRef): string => `${ref.groupId}/${ref.channelId}`;

/** What the merged feed holds of one channel. */
export interface ChannelFeed extends ChannelRef {
  status: 'unloaded' | 'loaded' | 'failed';
  /** Loaded threads, newest activity first. */
  posts: Post[];
  /** Where the next, older page is; undefined once the channel is read to its start. */
  nextLink?: string;
  /** The newest activity seen on an earlier visit, for a channel not loaded yet. */
  rememberedActivity?: string;
}

const UNKNOWN_FIRST = '\uffff';

/** The newest activity that a thread of the channel not loaded yet may have; undefined when nothing is left. */
function unloadedBound(channel: ChannelFeed): string | undefined {
  if (channel.status === 'unloaded') {
    return channel.rememberedActivity ?? UNKNOWN_FIRST;
  }
  if (channel.status === 'loaded' && channel.nextLink) {
    return channel.posts[channel.posts.length - 1]?.lastActivity ?? UNKNOWN_FIRST;
  }
  return undefined;
}

/**
 * The channels to read next, at most `max` (one `$batch`): those whose unread threads could be the newest, so a
 * channel that had activity lately is read before one that was quiet, and a channel never seen comes first. While
 * nothing is loaded yet (the feed opening), channels seen on an earlier visit come before those never seen: they
 * are likely in the session cache, so the first screen costs no reads, and the others follow on scroll.
 */
export function channelsToRead(channels: readonly ChannelFeed[], max: number): ChannelFeed[] {
  const opening = !channels.some((channel) => channel.status === 'loaded');
  const rank = (channel: ChannelFeed): number =>
    opening && channel.status === 'unloaded' && channel.rememberedActivity === undefined ? 1 : 0;
  return channels
    .map((channel) => ({ channel, bound: unloadedBound(channel) }))
    .filter((entry): entry is { channel: ChannelFeed; bound: string } => entry.bound !== undefined)
    .sort((a, b) => rank(a.channel) - rank(b.channel) || b.bound.localeCompare(a.bound))
    .slice(0, max)
    .map((entry) => entry.channel);
}

/**
 * Before this time the merged order is not known yet: some channel may still hold older-page threads as recent as
 * it. Channels never seen do not hold the feed back (their place is unknown until read, and they are read first).
 */
export function feedHorizon(channels: readonly ChannelFeed[]): string | undefined {
  let horizon: string | undefined;
  for (const channel of channels) {
    const bound = unloadedBound(channel);
    if (bound !== undefined && bound !== UNKNOWN_FIRST && (horizon === undefined || bound > horizon)) {
      horizon = bound;
    }
  }
  return horizon;
}

export interface MergedFeed {
  /** Threads of every loaded channel, newest activity first, down to the horizon. */
  posts: Post[];
  /** More threads exist, older than the last one shown (or in channels not read yet). */
  hasMore: boolean;
  /** Channels that could not be read. */
  failed: ChannelRef[];
}

const byActivity = (a: Post, b: Post): number =>
  b.lastActivity.localeCompare(a.lastActivity) || b.id.localeCompare(a.id);

/** One feed of all channels: each thread once (its latest version), newest activity first. */
export function mergeFeed(channels: readonly ChannelFeed[]): MergedFeed {
  const horizon = feedHorizon(channels);
  const threads = new Map<string, Post>();
  for (const channel of channels) {
    for (const post of channel.posts) {
      const key = `${channelKey(channel)}/${post.id}`;
      const known = threads.get(key);
      if (!known || post.lastActivity > known.lastActivity) {
        threads.set(key, post);
      }
    }
  }
  const all = [...threads.values()].sort(byActivity);
  const posts = horizon === undefined ? all : all.filter((post) => post.lastActivity >= horizon);
  return {
    posts,
    hasMore: channels.some((channel) => unloadedBound(channel) !== undefined),
    failed: channels
      .filter((channel) => channel.status === 'failed')
      .map(({ groupId, channelId }) => ({ groupId, channelId }))
  };
}
