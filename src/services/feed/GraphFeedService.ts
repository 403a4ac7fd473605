import { BlobParse } from '@pnp/queryable';
import { GraphQueryable, type GraphFI } from '@pnp/graph';
import { toPost, toReply, type GraphChatMessagePayload, type MessageSource } from '../../model/feed/graphMessage';
import { channelKey, type ChannelRef } from '../../model/feed/mergedFeed';
import type { Post, Reply } from '../../model/feed/Post';
import type { SessionCache } from '../cache/SessionCache';
import { runBatch, type BatchCall } from '../graph/runBatch';
import { logFailure } from '../logFailure';
import { failed, ok, type Result } from '../Result';
import { ServiceError } from '../ServiceError';
import { toServiceError } from '../toServiceError';
import { deltaSinceCall, latestThreadsCall, pageCall, postCall, repliesCall, type GraphPage } from './channelCalls';
import { threadsWithSent } from '../../model/feed/sentMessages';
import type { ChannelPage, FeedReadOptions, FeedService } from './FeedService';
import { feedStores, newestActivity, type FeedStores } from './feedStores';
import { applyChanges, keepLatestReplies } from './threadUpdates';

type Page = GraphPage<GraphChatMessagePayload>;

function toPosts(values: readonly GraphChatMessagePayload[], source: MessageSource): Post[] {
  return values.map((value) => toPost(value, source)).filter((post): post is Post => post !== undefined);
}

/** Teams channel messages through Graph, every read of several channels in one `$batch`. */
export class GraphFeedService implements FeedService {
  private readonly stores: FeedStores;

  public constructor(
    private readonly graph: GraphFI,
    public readonly graphOrigin: string,
    session: SessionCache,
    lasting: SessionCache,
    private readonly now: () => Date = () => new Date()
  ) {
    this.stores = feedStores(session, lasting);
  }

  /** The newest activity each channel had when last read, by channel key. */
  public async rememberedActivity(channels: readonly ChannelRef[]): Promise<Map<string, string>> {
    const remembered = new Map<string, string>();
    for (const channel of channels) {
      const activity = this.stores.activity.get(channelKey(channel));
      if (activity) remembered.set(channelKey(channel), activity.value);
    }
    return remembered;
  }

  public async readLatest(
    channels: readonly ChannelRef[],
    options: FeedReadOptions = {}
  ): Promise<Map<string, Result<ChannelPage>>> {
    const results = new Map<string, Result<ChannelPage>>();
    const toRead: ChannelRef[] = [];
    for (const channel of channels) {
      const cached = options.fresh ? undefined : this.stores.latest.get(channelKey(channel));
      if (cached) results.set(channelKey(channel), ok(cached.value));
      else toRead.push(channel);
    }
    const read = await this.readPages(
      toRead,
      (channel) => latestThreadsCall(channel, options.threadsPerChannel),
      options,
      'feed.readLatest'
    );
    for (const [key, page] of read) {
      results.set(key, page);
      if (page.ok) this.remember(key, page.value, true);
    }
    return results;
  }

  public async readOlder(
    pages: readonly { channel: ChannelRef; nextLink: string }[],
    options: FeedReadOptions = {}
  ): Promise<Map<string, Result<ChannelPage>>> {
    const links = new Map(pages.map((page) => [channelKey(page.channel), page.nextLink]));
    return this.readPages(
      pages.map((page) => page.channel),
      (channel) => pageCall(links.get(channelKey(channel)) as string),
      options,
      'feed.readOlder'
    );
  }

  private async readPages(
    channels: readonly ChannelRef[],
    callFor: (channel: ChannelRef) => BatchCall<Page>,
    options: FeedReadOptions,
    operation: string
  ): Promise<Map<string, Result<ChannelPage>>> {
    const calls = new Map<string, BatchCall<unknown>>(channels.map((c) => [channelKey(c), callFor(c)]));
    const byKey = new Map(channels.map((channel) => [channelKey(channel), channel]));
    const answers = channels.length > 0 ? await runBatch(this.graph, calls) : new Map();
    const readAt = this.now().toISOString();
    const pages = new Map<string, Result<ChannelPage>>();
    for (const [key, answer] of answers) {
      if (!answer.ok) {
        pages.set(key, failed(logFailure(operation, answer.error)));
        continue;
      }
      const page = answer.value as Page;
      const source: MessageSource = { ...(byKey.get(key) as ChannelRef), viewerId: options.viewerId };
      const posts = toPosts(page.value, source).map(keepLatestReplies);
      pages.set(key, ok({ posts, nextLink: page.nextLink ?? undefined, readAt }));
    }
    return pages;
  }

  private remember(key: string, page: ChannelPage, startSync: boolean): void {
    this.stores.latest.put(key, page);
    const newest = newestActivity(page.posts);
    if (newest) this.stores.activity.put(key, newest);
    if (startSync && !this.stores.sync.get(key)) {
      this.stores.sync.put(key, { since: newest ?? page.readAt });
    }
  }

  public async getPost(channel: ChannelRef, postId: string, options: FeedReadOptions = {}): Promise<Post> {
    const answers = await runBatch(
      this.graph,
      new Map<string, BatchCall<unknown>>([
        ['post', postCall(channel, postId)],
        ['replies', repliesCall(channel, postId)]
      ])
    );
    const post = answers.get('post');
    const replies = answers.get('replies');
    if (!post?.ok) throw logFailure('feed.getPost', (post as { error: ServiceError }).error);
    const payload = {
      ...(post.value as GraphChatMessagePayload),
      replies: replies?.ok ? (replies.value as Page).value : []
    };
    const mapped = toPost(payload, { ...channel, viewerId: options.viewerId });
    if (!mapped || mapped.systemEvent) {
      throw logFailure(
        'feed.getPost',
        new ServiceError('notFound', `Message ${postId} is not a post.`, { status: 404 })
      );
    }
    return keepLatestReplies(mapped);
  }

  public async getReplies(channel: ChannelRef, postId: string, options: FeedReadOptions = {}): Promise<Reply[]> {
    const source: MessageSource = { ...channel, viewerId: options.viewerId };
    const replies: Reply[] = [];
    let call: BatchCall<Page> | undefined = repliesCall(channel, postId);
    try {
      while (call) {
        const page: Page = await call(this.graph);
        for (const value of page.value) {
          const reply = toReply(value, postId, source);
          if (reply) replies.push(reply);
        }
        call = page.nextLink ? pageCall(page.nextLink) : undefined;
      }
    } catch (error) {
      throw logFailure('feed.getReplies', await toServiceError(error));
    }
    return replies.sort((a, b) => a.created.localeCompare(b.created));
  }

  public async catchUp(
    channels: readonly ChannelRef[],
    options: FeedReadOptions = {}
  ): Promise<Map<string, Result<Post[]>>> {
    const results = new Map<string, Result<Post[]>>();
    const calls = new Map<string, BatchCall<unknown>>();
    for (const channel of channels) {
      const sync = this.stores.sync.get(channelKey(channel))?.value;
      if (sync) calls.set(channelKey(channel), (g) => this.walkDelta(g, channel, sync));
    }
    const answers = calls.size > 0 ? await runBatch(this.graph, calls) : new Map();
    const changedRoots = new Map<string, GraphChatMessagePayload[]>();
    for (const [key, answer] of answers) {
      if (answer.ok) changedRoots.set(key, answer.value as GraphChatMessagePayload[]);
      else results.set(key, failed(logFailure('feed.catchUp', answer.error)));
    }
    const threads = await this.withReplies(channels, changedRoots, options);
    for (const [key, posts] of threads) {
      results.set(key, posts);
      const cached = this.stores.latest.get(key)?.value;
      if (posts.ok && cached) {
        this.remember(key, { ...cached, posts: applyChanges(cached.posts, posts.value) }, false);
      }
    }
    return results;
  }

  /** Follows a delta round to its end and stores the delta link the next round starts from. */
  private async walkDelta(
    g: GraphFI,
    channel: ChannelRef,
    sync: { deltaLink: string } | { since: string }
  ): Promise<GraphChatMessagePayload[]> {
    const roots: GraphChatMessagePayload[] = [];
    let page: Page = await ('deltaLink' in sync ? pageCall(sync.deltaLink) : deltaSinceCall(channel, sync.since))(g);
    roots.push(...page.value);
    while (page.nextLink) {
      page = await pageCall(page.nextLink)(this.graph);
      roots.push(...page.value);
    }
    if (page.deltaLink) this.stores.sync.put(channelKey(channel), { deltaLink: page.deltaLink });
    return roots;
  }

  /** The replies of every changed thread, in one `$batch`, put on the changed roots. */
  private async withReplies(
    channels: readonly ChannelRef[],
    changedRoots: Map<string, GraphChatMessagePayload[]>,
    options: FeedReadOptions
  ): Promise<Map<string, Result<Post[]>>> {
    const byKey = new Map(channels.map((channel) => [channelKey(channel), channel]));
    const calls = new Map<string, BatchCall<unknown>>();
    for (const [key, roots] of changedRoots) {
      for (const root of roots) {
        if (root.id) calls.set(`${key}|${root.id}`, repliesCall(byKey.get(key) as ChannelRef, root.id));
      }
    }
    const replies = calls.size > 0 ? await runBatch(this.graph, calls) : new Map();
    const results = new Map<string, Result<Post[]>>();
    for (const [key, roots] of changedRoots) {
      const source: MessageSource = { ...(byKey.get(key) as ChannelRef), viewerId: options.viewerId };
      const expanded = roots.map((root) => {
        const answer = replies.get(`${key}|${root.id}`);
        return { ...root, replies: answer?.ok ? (answer.value as Page).value : [] };
      });
      results.set(key, ok(toPosts(expanded, source).map(keepLatestReplies)));
    }
    return results;
  }

  public async recordSent(message: Post | Reply): Promise<void> {
    const key = channelKey(message);
    const cached = this.stores.latest.get(key)?.value;
    const posts = cached && threadsWithSent(cached.posts, message);
    if (cached && posts) this.remember(key, { ...cached, posts: posts.map(keepLatestReplies) }, false);
  }

  public async hostedImage(url: string): Promise<string> {
    try {
      const blob = await GraphQueryable([this.graph.me, url]).using(BlobParse())<Blob>();
      return URL.createObjectURL(blob);
    } catch (error) {
      throw logFailure('feed.hostedImage', await toServiceError(error));
    }
  }
}
