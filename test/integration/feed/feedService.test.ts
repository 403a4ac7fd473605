import type { KringServices } from '../../../src/services/KringServices';
import type { ChannelRef } from '../../../src/model/feed/mergedFeed';
import { channelKey } from '../../../src/model/feed/mergedFeed';
import type { InterestGroup } from '../../../src/model/feed/InterestGroup';
import { rawGraph } from '../emulator/graphClient';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { registryGroupNamed, servicesFor } from '../../support/kringServices';

const ANNE = 'anne.devries@hogeschool.example';
const DAAN = 'daan.bakker@hogeschool.example';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

const servicesAs = (user: string): KringServices => servicesFor(emulator, user);

const groupNamed = registryGroupNamed;

async function channelsOf(services: KringServices, groups: readonly InterestGroup[]): Promise<ChannelRef[]> {
  return Promise.all(groups.map((group) => services.groups.feedChannelOf(group)));
}

async function graphRoundTrips(): Promise<string[]> {
  return (await emulator.requests()).filter((request) => !request.batch).map((request) => request.url);
}

beforeAll(async () => {
  await emulator.setThrottling({ channelMessages: false });
});

beforeEach(async () => {
  await emulator.clearRequests();
});

describe('FeedService against the emulator', () => {
  it("reads the newest threads of all Anne's groups in one $batch, each with its latest replies, then from the cache", async () => {
    const services = servicesAs(ANNE);
    const mine = await services.groups.getMyGroupIds();
    const groups = (await services.groups.getRegistry()).groups.filter((group) => mine.has(group.id));
    const channels = await channelsOf(services, groups);
    await emulator.clearRequests();

    const pages = await services.feed.readLatest(channels);
    expect(await graphRoundTrips()).toEqual(['/v1.0/$batch']);
    expect(pages.size).toBe(channels.length);
    for (const page of pages.values()) {
      if (!page.ok) throw page.error;
      expect(page.value.posts.length).toBeGreaterThan(0);
      expect(page.value.nextLink).toBeDefined();
      const activities = page.value.posts.map((post) => post.lastActivity);
      expect([...activities].sort().reverse()).toEqual(activities);
      expect(page.value.posts.every((post) => post.replies.length <= 3 && post.replyCount >= post.replies.length)).toBe(
        true
      );
    }

    await emulator.clearRequests();
    await services.feed.readLatest(channels);
    expect(await graphRoundTrips()).toEqual([]);
    expect((await services.feed.rememberedActivity(channels)).size).toBe(channels.length);
  });

  it('asks a single channel for more threads when the feed has few groups', async () => {
    const services = servicesAs(ANNE);
    const [channel] = await channelsOf(services, [await groupNamed(services, 'Toetsing en beoordeling')]);
    const page = (await services.feed.readLatest([channel], { fresh: true, threadsPerChannel: 30 })).get(
      channelKey(channel)
    );
    expect(page?.ok && page.value.posts.length).toBe(30);
  });

  it('pages back without repeating a thread', async () => {
    const services = servicesAs(ANNE);
    const [channel] = await channelsOf(services, [await groupNamed(services, 'Toetsing en beoordeling')]);
    const first = (await services.feed.readLatest([channel], { fresh: true })).get(channelKey(channel));
    if (!first?.ok || !first.value.nextLink) throw new Error('no first page');
    const older = (await services.feed.readOlder([{ channel, nextLink: first.value.nextLink }])).get(
      channelKey(channel)
    );
    if (!older?.ok) throw new Error('no older page');
    const firstIds = new Set(first.value.posts.map((post) => post.id));
    expect(older.value.posts.length).toBeGreaterThan(0);
    expect(older.value.posts.some((post) => firstIds.has(post.id))).toBe(false);
    expect(older.value.posts[0].lastActivity <= first.value.posts[first.value.posts.length - 1].lastActivity).toBe(
      true
    );
  });

  it('catches up through messages/delta: a new reply brings its thread back with that reply, and the cache follows', async () => {
    const services = servicesAs(ANNE);
    const group = await groupNamed(services, 'Toetsing en beoordeling');
    const [channel] = await channelsOf(services, [group]);
    const first = (await services.feed.readLatest([channel], { fresh: true })).get(channelKey(channel));
    if (!first?.ok) throw new Error('no first page');
    const thread = first.value.posts[first.value.posts.length - 1];
    const base = `/teams/${channel.groupId}/channels/${encodeURIComponent(channel.channelId)}/messages`;
    const posted = await graph(`${base}/${thread.id}/replies`, {
      user: ANNE,
      method: 'POST',
      body: JSON.stringify({ body: { contentType: 'html', content: '<p>Nieuw antwoord</p>' } })
    });
    expect(posted.status).toBe(201);

    const changes = (await services.feed.catchUp([channel])).get(channelKey(channel));
    if (!changes?.ok) throw new Error('catch-up failed');
    const changed = changes.value.find((post) => post.id === thread.id);
    expect(changed?.replies.map((reply) => reply.untrustedHtml)).toContain('<p>Nieuw antwoord</p>');

    await emulator.clearRequests();
    const cached = (await services.feed.readLatest([channel])).get(channelKey(channel));
    expect(await graphRoundTrips()).toEqual([]);
    if (!cached?.ok) throw new Error('no cached page');
    expect(cached.value.posts[0].id).toBe(thread.id);

    const again = (await services.feed.catchUp([channel])).get(channelKey(channel));
    expect(again?.ok && again.value).toEqual([]);
  });

  it('reads every reply of a long thread, following the pages of 50', async () => {
    const services = servicesAs(ANNE);
    const [channel] = await channelsOf(services, [await groupNamed(services, 'Toetsing en beoordeling')]);
    const base = `/teams/${channel.groupId}/channels/${encodeURIComponent(channel.channelId)}/messages`;
    const listing = await graph(`${base}?$top=50&$expand=replies`, { user: ANNE });
    const longest = (listing.body.value as { id: string; replies: unknown[] }[]).sort(
      (a, b) => b.replies.length - a.replies.length
    )[0];
    const replies = await services.feed.getReplies(channel, longest.id);
    expect(replies.length).toBe(longest.replies.length);
    expect(replies.map((reply) => reply.created)).toEqual(replies.map((reply) => reply.created).sort());
  });

  it("answers a private group's channel to a non-member as forbidden, and the other channels still arrive", async () => {
    const daan = servicesAs(DAAN);
    const closed = await groupNamed(daan, 'Teamleiders overleg');
    const open = await groupNamed(daan, 'Toetsing en beoordeling');
    const channels = await channelsOf(daan, [closed, open]);
    const pages = await daan.feed.readLatest(channels);
    const refused = pages.get(channelKey(channels[0]));
    expect(refused?.ok).toBe(false);
    expect(refused?.ok === false && refused.error.kind).toBe('forbidden');
    expect(pages.get(channelKey(channels[1]))?.ok).toBe(true);
  });

  it('retries the channels Graph throttles and gets them all', async () => {
    await emulator.setThrottling({ channelMessages: true });
    try {
      const services = servicesAs(ANNE);
      const groups = (await services.groups.getRegistry()).groups.slice(0, 20);
      const channels = await channelsOf(services, groups);
      const first = await services.feed.readLatest(channels, { fresh: true });
      const second = await services.feed.readLatest(channels, { fresh: true });
      const failures = [...first.values(), ...second.values()].filter((page) => !page.ok);
      expect(failures.map((page) => !page.ok && page.error.kind)).toEqual(failures.map(() => 'forbidden'));
      const throttled = (await emulator.requests()).filter((request) => request.status === 429);
      expect(throttled.length).toBeGreaterThan(0);
    } finally {
      await emulator.setThrottling({ channelMessages: false });
    }
  }, 30_000);
});

describe('one linked post', () => {
  it('reads a post with its latest replies in one $batch, and refuses a private one to a non-member', async () => {
    const anne = servicesAs(ANNE);
    const [channel] = await channelsOf(anne, [await groupNamed(anne, 'Teamleiders overleg')]);
    const first = (await anne.feed.readLatest([channel], { fresh: true })).get(channelKey(channel));
    if (!first?.ok) throw new Error('no first page');
    const wanted = first.value.posts.find((post) => !post.systemEvent && post.replyCount > 0) ?? first.value.posts[0];
    await emulator.clearRequests();
    const post = await anne.feed.getPost(channel, wanted.id);
    expect(await graphRoundTrips()).toEqual(['/v1.0/$batch']);
    expect(post.id).toBe(wanted.id);
    expect(post.replyCount).toBe(wanted.replyCount);

    const refused = await servicesAs(DAAN)
      .feed.getPost(channel, wanted.id)
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: 'forbidden', status: 403 });
  });
});
