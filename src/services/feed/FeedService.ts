import type { ChannelRef } from '../../model/feed/mergedFeed';
import type { Post, Reply } from '../../model/feed/Post';
import type { Result } from '../Result';

/** One page of a channel's threads, newest activity first, each with its latest replies. */
export interface ChannelPage {
  posts: Post[];
  /** The next, older page; undefined at the channel's first message. */
  nextLink?: string;
  /** When Graph answered it (ISO time): a cached page is as old as this. */
  readAt: string;
}

export interface FeedReadOptions {
  /** The signed-in user's object id, to mark their own reactions. */
  viewerId?: string;
  /** Leave the cache alone and read Graph. */
  fresh?: boolean;
  /** Threads of each channel's first page (10 by default, at most 50): a feed of few groups asks for more each. */
  threadsPerChannel?: number;
}

/** Channel messages of interest groups, read within Teams' shared budget (see docs/architecture.md). */
export interface FeedService {
  /** The Graph origin the messages were read from: only images hosted there are shown. */
  readonly graphOrigin: string;
  /** The newest activity each channel had when this user last read it (kept between visits), by channel key. */
  rememberedActivity(channels: readonly ChannelRef[]): Promise<Map<string, string>>;
  /** The newest threads of each channel, from the cache when it has them, else in `$batch`es of at most 20. */
  readLatest(channels: readonly ChannelRef[], options?: FeedReadOptions): Promise<Map<string, Result<ChannelPage>>>;
  /** The next, older page of each channel (keyed like `readLatest`). */
  readOlder(
    pages: readonly { channel: ChannelRef; nextLink: string }[],
    options?: FeedReadOptions
  ): Promise<Map<string, Result<ChannelPage>>>;
  /** One thread with its latest replies, as a link to it names it. */
  getPost(channel: ChannelRef, postId: string, options?: FeedReadOptions): Promise<Post>;
  /** Every reply of one thread, oldest first. */
  getReplies(channel: ChannelRef, postId: string, options?: FeedReadOptions): Promise<Reply[]>;
  /**
   * The threads that changed since a channel was last read, through `messages/delta` (a new reply or reaction
   * changes its thread), each with its latest replies; the cached page is brought up to date.
   */
  catchUp(channels: readonly ChannelRef[], options?: FeedReadOptions): Promise<Map<string, Result<Post[]>>>;
  /**
   * Puts a message the signed-in user just sent into the cached page of its channel, so the feed shows it after a
   * reload without reading the channel again.
   */
  recordSent(message: Post | Reply): Promise<void>;
  /** A pasted image of a message (Graph `hostedContents`), read with the user's token, as an object URL. */
  hostedImage(url: string): Promise<string>;
}
