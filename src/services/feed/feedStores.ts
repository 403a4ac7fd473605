import type { Post } from '../../model/feed/Post';
import type { CacheStore, SessionCache } from '../cache/SessionCache';
import type { ChannelPage } from './FeedService';

/** Where a channel's catch-up starts: Graph's delta link, or the time of the newest change seen. */
export type ChannelSync = { deltaLink: string } | { since: string };

export interface FeedStores {
  /** The newest page of each channel, per session: a reload shows it without a read. */
  latest: CacheStore<ChannelPage>;
  sync: CacheStore<ChannelSync>;
  /** The newest activity of each channel, remembered between visits to order the reads of the next one. */
  activity: CacheStore<string>;
}

export function feedStores(session: SessionCache, lasting: SessionCache): FeedStores {
  return {
    latest: session.store('channelLatest', 30),
    sync: session.store('channelSync', 24 * 60),
    activity: lasting.store('channelActivity', 30 * 24 * 60)
  };
}

/** The newest time anything of the page changed. */
export function newestActivity(posts: readonly Post[]): string | undefined {
  return posts.reduce<string | undefined>(
    (newest, post) => (newest === undefined || post.lastActivity > newest ? post.lastActivity : newest),
    undefined
  );
}
