import * as React from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { KringRoot } from '../../../../components/KringRoot/KringRoot';
import { fakeServices, testHost } from '../../../../components/testing/renderWithKring';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { channelKey, type ChannelRef } from '../../../../model/feed/mergedFeed';
import type { ChannelPage } from '../../../../services/feed/FeedService';
import type { KringServices } from '../../../../services/KringServices';
import { ok, type Result } from '../../../../services/Result';
import { useMergedFeed, type MergedFeedResult } from './useMergedFeed';
import { testPost } from '../../../../model/feed/testPosts';

const group = (id: string): InterestGroup => ({
  id,
  registryItemId: 1,
  displayName: `Group ${id}`,
  description: '',
  visibility: 'Public',
  jobFunctions: [],
  topics: [],
  featured: false,
  feedChannelId: `19:${id}@thread.tacv2`
});

const GROUPS = Array.from({ length: 25 }, (_, index) => group(`g${String(index).padStart(2, '0')}`));

function pageFor(ref: ChannelRef, readAt: string): Result<ChannelPage> {
  return ok({
    posts: [testPost(`${ref.groupId}-1`, '2026-12-02T10:00:00Z', { groupId: ref.groupId, channelId: ref.channelId })],
    nextLink: `https://graph/next/${ref.groupId}`,
    readAt
  });
}

function services(readAt: string, overrides: Partial<KringServices['feed']> = {}): KringServices {
  return fakeServices({
    groups: {
      getRegistry: () => Promise.resolve({ groups: GROUPS, jobFunctionRules: [] }),
      getMyGroupIds: () => Promise.resolve(new Set(GROUPS.map((g) => g.id))),
      feedChannelOf: (g) => Promise.resolve({ groupId: g.id, channelId: g.feedChannelId as string })
    },
    feed: {
      readLatest: jest.fn((channels: readonly ChannelRef[]) =>
        Promise.resolve(new Map(channels.map((ref) => [channelKey(ref), pageFor(ref, readAt)])))
      ),
      readOlder: jest.fn(() => Promise.resolve(new Map())),
      catchUp: jest.fn(() => Promise.resolve(new Map())),
      ...overrides
    }
  });
}

function renderFeed(kring: KringServices): () => MergedFeedResult {
  let latest: MergedFeedResult | undefined;
  function Probe(): null {
    latest = useMergedFeed({ kind: 'mine' });
    return null;
  }
  render(
    <KringRoot host={testHost()} services={kring} idPrefix="t-">
      <Probe />
    </KringRoot>
  );
  return () => latest as MergedFeedResult;
}

describe('useMergedFeed', () => {
  it('reads 20 of 25 channels in the first batch and the other five when asked for more', async () => {
    const kring = services(new Date().toISOString());
    const result = renderFeed(kring);
    await waitFor(() => expect(result().state.status).toBe('ready'));
    expect(kring.feed.readLatest).toHaveBeenCalledTimes(1);
    expect((kring.feed.readLatest as jest.Mock).mock.calls[0][0]).toHaveLength(20);
    act(() => result().loadMore());
    await waitFor(() => expect(kring.feed.readLatest).toHaveBeenCalledTimes(2));
    expect((kring.feed.readLatest as jest.Mock).mock.calls[1][0]).toHaveLength(5);
    expect(kring.feed.catchUp).not.toHaveBeenCalled();
  });

  it('catches up pages from the session cache that are over a minute old, and counts the new threads', async () => {
    const catchUp = jest.fn((channels: readonly ChannelRef[]) =>
      Promise.resolve(
        new Map([
          [channelKey(channels[0]), ok([testPost('fresh', '2026-12-03T09:00:00Z', { groupId: channels[0].groupId })])]
        ])
      )
    );
    const kring = services(new Date(Date.now() - 5 * 60_000).toISOString(), { catchUp });
    const result = renderFeed(kring);
    await waitFor(() => expect(catchUp).toHaveBeenCalledTimes(1));
    await waitFor(() => {
      const state = result().state;
      expect(state.status === 'ready' && state.newThreads).toBe(1);
    });
    const state = result().state;
    expect(state.status === 'ready' && state.feed.posts[0].id).toBe('fresh');
  });

  it('says when I follow no groups', async () => {
    const kring = fakeServices({
      groups: {
        getRegistry: () => Promise.resolve({ groups: GROUPS, jobFunctionRules: [] }),
        getMyGroupIds: () => Promise.resolve(new Set<string>())
      }
    });
    const result = renderFeed(kring);
    await waitFor(() => expect(result().state.status).toBe('noGroups'));
  });
});
