import { type ChannelFeed, channelKey, channelsToRead, feedHorizon, mergeFeed } from './mergedFeed';
import type { Post } from './Post';
import { testPost } from './testPosts';

function post(id: string, lastActivity: string, fields: Partial<Post> = {}): Post {
  return testPost(id, lastActivity, { groupId: 'g', channelId: 'c', untrustedHtml: `<p>${id}</p>`, ...fields });
}

function channel(groupId: string, fields: Partial<ChannelFeed> = {}): ChannelFeed {
  return { groupId, channelId: `19:${groupId}@thread.tacv2`, status: 'loaded', posts: [], ...fields };
}

const day = (n: number, hour = 12): string =>
  `2026-11-${String(n).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const groups = (channels: readonly ChannelFeed[]): string[] => channels.map((c) => c.groupId);
const ids = (posts: readonly Post[]): string[] => posts.map((p) => p.id);

describe('channelKey', () => {
  it('tells channels of different groups apart', () => {
    expect(channelKey({ groupId: 'a', channelId: 'x' })).not.toBe(channelKey({ groupId: 'b', channelId: 'x' }));
    expect(channelKey({ groupId: 'a', channelId: 'x' })).toBe(
      channelKey(channel('q', { groupId: 'a', channelId: 'x' }))
    );
  });
});

describe('channelsToRead', () => {
  it('opens with the channels seen before, by remembered activity, newest first, then those never seen', () => {
    const channels = [
      channel('quiet', { status: 'unloaded', rememberedActivity: day(2) }),
      channel('new1', { status: 'unloaded' }),
      channel('busy', { status: 'unloaded', rememberedActivity: day(20) }),
      channel('new2', { status: 'unloaded' })
    ];
    expect(groups(channelsToRead(channels, 10))).toEqual(['busy', 'quiet', 'new1', 'new2']);
    expect(groups(channelsToRead(channels, 2))).toEqual(['busy', 'quiet']);
  });

  it('once something is loaded, reads channels never seen first', () => {
    const channels = [
      channel('quiet', { status: 'unloaded', rememberedActivity: day(2) }),
      channel('new1', { status: 'unloaded' }),
      channel('busy', { posts: [post('p1', day(20))], nextLink: 'https://graph/next' })
    ];
    expect(groups(channelsToRead(channels, 10))).toEqual(['new1', 'busy', 'quiet']);
  });

  it('orders a loaded channel with an older page by the oldest activity it has loaded', () => {
    const channels = [
      channel('loadedOld', { posts: [post('p1', day(25)), post('p2', day(5))], nextLink: 'https://graph/next1' }),
      channel('remembered', { status: 'unloaded', rememberedActivity: day(10) }),
      channel('loadedRecent', { posts: [post('p3', day(28)), post('p4', day(15))], nextLink: 'https://graph/next2' })
    ];
    expect(groups(channelsToRead(channels, 10))).toEqual(['loadedRecent', 'remembered', 'loadedOld']);
  });

  it('reads a channel whose loaded page was empty but has an older page as early as one never seen', () => {
    const channels = [
      channel('remembered', { status: 'unloaded', rememberedActivity: day(28) }),
      channel('emptyPage', { posts: [], nextLink: 'https://graph/next' })
    ];
    expect(groups(channelsToRead(channels, 10))).toEqual(['emptyPage', 'remembered']);
  });

  it('leaves out channels read to their start and channels that failed', () => {
    const channels = [
      channel('done', { posts: [post('p1', day(1))] }),
      channel('failed', { status: 'failed' }),
      channel('failedWithLink', { status: 'failed', nextLink: 'https://graph/next', posts: [post('p2', day(3))] }),
      channel('more', { posts: [post('p3', day(2))], nextLink: 'https://graph/next' })
    ];
    expect(groups(channelsToRead(channels, 10))).toEqual(['more']);
  });

  it('reads at most max channels, the most promising ones', () => {
    const channels = [
      channel('a', { status: 'unloaded', rememberedActivity: day(1) }),
      channel('b', { status: 'unloaded', rememberedActivity: day(3) }),
      channel('c', { status: 'unloaded' }),
      channel('d', { status: 'unloaded', rememberedActivity: day(2) })
    ];
    expect(groups(channelsToRead(channels, 2))).toEqual(['b', 'd']);
    expect(groups(channelsToRead([...channels, channel('e', { posts: [post('p1', day(4))] })], 2))).toEqual(['c', 'b']);
    expect(channelsToRead(channels, 0)).toEqual([]);
  });

  it('has nothing to read when every channel is read', () => {
    expect(channelsToRead([channel('a'), channel('b', { status: 'failed' })], 20)).toEqual([]);
    expect(channelsToRead([], 20)).toEqual([]);
  });
});

describe('feedHorizon', () => {
  it('is the newest activity an unread thread of some channel may have', () => {
    const channels = [
      channel('a', { posts: [post('p1', day(20)), post('p2', day(10))], nextLink: 'https://graph/next' }),
      channel('b', { posts: [post('p3', day(25)), post('p4', day(14))], nextLink: 'https://graph/next' }),
      channel('c', { status: 'unloaded', rememberedActivity: day(12) })
    ];
    expect(feedHorizon(channels)).toBe(day(14));
  });

  it('is not held back by channels never seen, read to the start or failed', () => {
    const channels = [
      channel('new', { status: 'unloaded' }),
      channel('emptyPage', { nextLink: 'https://graph/next' }),
      channel('done', { posts: [post('p1', day(20))] }),
      channel('failed', { status: 'failed', posts: [post('p2', day(22))] })
    ];
    expect(feedHorizon(channels)).toBeUndefined();
  });

  it('counts a remembered channel not loaded yet', () => {
    expect(feedHorizon([channel('done'), channel('r', { status: 'unloaded', rememberedActivity: day(9) })])).toBe(
      day(9)
    );
  });
});

describe('mergeFeed', () => {
  it('shows threads of every channel, newest activity first', () => {
    const feed = mergeFeed([
      channel('a', { posts: [post('a2', day(20)), post('a1', day(3))] }),
      channel('b', { posts: [post('b2', day(25)), post('b1', day(10))] })
    ]);
    expect(ids(feed.posts)).toEqual(['b2', 'a2', 'b1', 'a1']);
    expect(feed.hasMore).toBe(false);
    expect(feed.failed).toEqual([]);
  });

  it('shows a thread loaded twice once, in its latest version', () => {
    const stale = post('t1', day(5), { replyCount: 0 });
    const fresh = post('t1', day(21), { replyCount: 2 });
    const feed = mergeFeed([channel('a', { posts: [post('t2', day(22)), fresh, post('t3', day(6)), stale] })]);
    expect(ids(feed.posts)).toEqual(['t2', 't1', 't3']);
    expect(feed.posts[1]).toBe(fresh);

    const reversed = mergeFeed([channel('a', { posts: [stale, fresh] })]);
    expect(reversed.posts).toEqual([fresh]);
  });

  it('keeps threads with the same id in different channels apart', () => {
    const feed = mergeFeed([
      channel('a', { posts: [post('1795719126473', day(20))] }),
      channel('b', { posts: [post('1795719126473', day(10))] })
    ]);
    expect(feed.posts).toHaveLength(2);
  });

  it('holds back threads older than the horizon until that channel has its older page', () => {
    const channels = [
      channel('a', { posts: [post('a3', day(28)), post('a2', day(12)), post('a1', day(2))] }),
      channel('b', { posts: [post('b2', day(26)), post('b1', day(15))], nextLink: 'https://graph/b-next' })
    ];
    const first = mergeFeed(channels);
    expect(ids(first.posts)).toEqual(['a3', 'b2', 'b1']);
    expect(first.hasMore).toBe(true);

    const secondPage: ChannelFeed = {
      ...channels[1],
      posts: [...channels[1].posts, post('b0', day(8))],
      nextLink: undefined
    };
    const second = mergeFeed([channels[0], secondPage]);
    expect(ids(second.posts)).toEqual(['a3', 'b2', 'b1', 'a2', 'b0', 'a1']);
    expect(second.hasMore).toBe(false);
  });

  it('shows a thread as recent as the horizon', () => {
    const feed = mergeFeed([
      channel('a', { posts: [post('a1', day(15))] }),
      channel('b', { posts: [post('b1', day(15, 13)), post('b0', day(15))], nextLink: 'https://graph/next' })
    ]);
    expect(ids(feed.posts)).toEqual(['b1', 'b0', 'a1']);
  });

  it('holds back threads older than the remembered activity of a channel not loaded yet', () => {
    const feed = mergeFeed([
      channel('a', { posts: [post('a2', day(20)), post('a1', day(5))] }),
      channel('b', { status: 'unloaded', rememberedActivity: day(10) })
    ]);
    expect(ids(feed.posts)).toEqual(['a2']);
    expect(feed.hasMore).toBe(true);
  });

  it('has more while a channel is not loaded, even one never seen', () => {
    const feed = mergeFeed([channel('a', { posts: [post('a1', day(5))] }), channel('b', { status: 'unloaded' })]);
    expect(ids(feed.posts)).toEqual(['a1']);
    expect(feed.hasMore).toBe(true);
  });

  it('lists channels that failed and shows what they had loaded', () => {
    const failed = channel('b', { status: 'failed', posts: [post('b1', day(9))], rememberedActivity: day(30) });
    const feed = mergeFeed([channel('a', { posts: [post('a1', day(5))] }), failed, channel('c', { status: 'failed' })]);
    expect(feed.failed).toEqual([
      { groupId: 'b', channelId: '19:b@thread.tacv2' },
      { groupId: 'c', channelId: '19:c@thread.tacv2' }
    ]);
    expect(ids(feed.posts)).toEqual(['b1', 'a1']);
    expect(feed.hasMore).toBe(false);
  });

  it('orders threads with the same activity by id, the same way every time', () => {
    const feed = mergeFeed([
      channel('a', { posts: [post('1795000000001', day(10))] }),
      channel('b', { posts: [post('1795000000002', day(10))] })
    ]);
    const swapped = mergeFeed([
      channel('b', { posts: [post('1795000000002', day(10))] }),
      channel('a', { posts: [post('1795000000001', day(10))] })
    ]);
    expect(ids(feed.posts)).toEqual(['1795000000002', '1795000000001']);
    expect(ids(swapped.posts)).toEqual(ids(feed.posts));
  });

  it('is empty without channels', () => {
    expect(mergeFeed([])).toEqual({ posts: [], hasMore: false, failed: [] });
  });
});
