import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { ChannelFeed } from '../../../../model/feed/mergedFeed';
import { failed, ok } from '../../../../services/Result';
import { ServiceError } from '../../../../services/ServiceError';
import { groupsOfSource, withChanges, withPages } from './feedChannels';
import { testPost } from '../../../../model/feed/testPosts';

const group = (id: string): InterestGroup => ({
  id,
  registryItemId: 1,
  displayName: id,
  description: '',
  visibility: 'Public',
  jobFunctions: [],
  topics: [],
  featured: false
});

const GROUPS = [group('a'), group('b'), group('c')];

describe('groupsOfSource', () => {
  it('takes my groups, the chosen ones (ids in any case) or the tab team’s group', () => {
    const mine = new Set(['a', 'c']);
    expect(groupsOfSource({ kind: 'mine' }, GROUPS, mine).map((g) => g.id)).toEqual(['a', 'c']);
    expect(groupsOfSource({ kind: 'chosen', groupIds: ['B', 'x'] }, GROUPS, mine).map((g) => g.id)).toEqual(['b']);
    expect(groupsOfSource({ kind: 'channel', groupId: 'C' }, GROUPS, mine).map((g) => g.id)).toEqual(['c']);
    expect(groupsOfSource({ kind: 'channel' }, GROUPS, mine)).toEqual([]);
  });
});

describe('withPages and withChanges', () => {
  const unloaded: ChannelFeed = { groupId: 'a', channelId: 'c1', status: 'unloaded', posts: [] };

  it('puts a first page in, appends an older one, and marks a failed channel with its error', () => {
    const errors = new Map<string, ServiceError>();
    const first = withPages(
      [unloaded, { ...unloaded, groupId: 'b' }],
      new Map([
        ['a/c1', ok({ posts: [testPost('1', '2026-12-02T10:00:00Z')], nextLink: 'next', readAt: 'now' })],
        ['b/c1', failed(new ServiceError('forbidden', 'no', { status: 403 }))]
      ]),
      errors
    );
    expect(first[0]).toMatchObject({ status: 'loaded', nextLink: 'next' });
    expect(first[1].status).toBe('failed');
    expect(errors.get('b/c1')?.kind).toBe('forbidden');

    const older = withPages(
      first,
      new Map([['a/c1', ok({ posts: [testPost('0', '2026-11-01T10:00:00Z')], readAt: 'now' })]]),
      errors
    );
    expect(older[0].posts.map((post) => post.id)).toEqual(['1', '0']);
    expect(older[0].nextLink).toBeUndefined();
  });

  it('replaces a changed thread and moves it to the top by its new activity', () => {
    const loaded: ChannelFeed = {
      ...unloaded,
      status: 'loaded',
      posts: [testPost('2', '2026-12-02T10:00:00Z'), testPost('1', '2026-12-01T10:00:00Z')]
    };
    const [updated] = withChanges(
      [loaded],
      new Map([['a/c1', ok([testPost('1', '2026-12-03T09:00:00Z', { replyCount: 1 })])]])
    );
    expect(updated.posts.map((post) => [post.id, post.replyCount])).toEqual([
      ['1', 1],
      ['2', 0]
    ]);
  });
});
