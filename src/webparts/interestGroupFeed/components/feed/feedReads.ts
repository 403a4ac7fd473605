import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { channelKey, channelsToRead, type ChannelFeed } from '../../../../model/feed/mergedFeed';
import type { ChannelPage } from '../../../../services/feed/FeedService';
import type { KringServices } from '../../../../services/KringServices';
import type { Result } from '../../../../services/Result';
import type { ServiceError } from '../../../../services/ServiceError';
import { groupsOfSource, withChanges, withPages, type FeedSource } from './feedChannels';

/** Channels read in one `$batch`: Graph's limit of requests per batch. */
const CHANNELS_PER_BATCH = 20;
/** Threads the first batch should bring in all: two screens of the feed, so the first is full without a second read. */
const FIRST_SCREEN_THREADS = 15;

/** A feed of one or two groups asks for more threads from each, within Graph's page limits (10 to 50). */
export function threadsPerChannel(channels: number): number {
  return Math.min(50, Math.max(10, Math.ceil(FIRST_SCREEN_THREADS / Math.max(1, channels))));
}

/** What the feed holds: its groups, each channel's threads, and when the oldest page shown was read. */
export interface LoadedFeed {
  groups: Map<string, InterestGroup>;
  channels: ChannelFeed[];
  /** When Graph answered the oldest page shown (ms); a reload may show pages from the session cache. */
  readAt: number;
  /** Channel failures by channel key. */
  errors: Map<string, ServiceError>;
}

/** The feed's groups and their channels, none read yet; undefined when the source has no groups. */
export async function openFeed(services: KringServices, source: FeedSource): Promise<LoadedFeed | undefined> {
  const [registry, mine] = await Promise.all([services.groups.getRegistry(), services.groups.getMyGroupIds()]);
  const groups = groupsOfSource(source, registry.groups, mine);
  if (groups.length === 0) {
    return undefined;
  }
  const refs = await Promise.all(groups.map((group) => services.groups.feedChannelOf(group)));
  const remembered = await services.feed.rememberedActivity(refs);
  const channels: ChannelFeed[] = refs.map((ref) => ({
    ...ref,
    status: 'unloaded',
    posts: [],
    rememberedActivity: remembered.get(channelKey(ref))
  }));
  return { groups: new Map(groups.map((group) => [group.id, group])), channels, readAt: Date.now(), errors: new Map() };
}

function oldestRead(pages: ReadonlyMap<string, Result<ChannelPage>>, since: number): number {
  let oldest = since;
  for (const page of pages.values()) {
    if (page.ok) oldest = Math.min(oldest, Date.parse(page.value.readAt) || oldest);
  }
  return oldest;
}

/** Reads the next batch: first pages of channels not read yet and older pages of the ones holding the feed back. */
export async function readNext(services: KringServices, feed: LoadedFeed, viewerId?: string): Promise<LoadedFeed> {
  const batch = channelsToRead(feed.channels, CHANNELS_PER_BATCH);
  const first = batch.filter((channel) => channel.status === 'unloaded');
  const older = batch.filter((channel) => channel.status === 'loaded' && channel.nextLink);
  const [latest, previous] = await Promise.all([
    services.feed.readLatest(first, { viewerId, threadsPerChannel: threadsPerChannel(first.length) }),
    services.feed.readOlder(
      older.map((channel) => ({ channel, nextLink: channel.nextLink as string })),
      { viewerId }
    )
  ]);
  const pages = new Map([...latest, ...previous]);
  const errors = new Map(feed.errors);
  return { ...feed, channels: withPages(feed.channels, pages, errors), readAt: oldestRead(pages, feed.readAt), errors };
}

/** Brings the loaded channels up to date through delta; answers the feed and how many threads are new to it. */
export async function catchUp(
  services: KringServices,
  feed: LoadedFeed,
  viewerId?: string
): Promise<{ feed: LoadedFeed; newThreads: number }> {
  const loaded = feed.channels.filter((channel) => channel.status === 'loaded');
  const changes = await services.feed.catchUp(loaded, { viewerId });
  const known = new Set(
    feed.channels.flatMap((channel) => channel.posts.map((post) => `${channelKey(channel)}/${post.id}`))
  );
  let newThreads = 0;
  for (const [key, changed] of changes) {
    if (changed.ok) newThreads += changed.value.filter((post) => !known.has(`${key}/${post.id}`)).length;
  }
  return { feed: { ...feed, channels: withChanges(feed.channels, changes), readAt: Date.now() }, newThreads };
}
