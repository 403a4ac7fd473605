import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { ChannelFeed } from '../../../../model/feed/mergedFeed';
import { channelKey } from '../../../../model/feed/mergedFeed';
import type { Post } from '../../../../model/feed/Post';
import type { ChannelPage } from '../../../../services/feed/FeedService';
import type { Result } from '../../../../services/Result';
import type { ServiceError } from '../../../../services/ServiceError';

/** Which groups a feed shows, as the property pane sets it. */
export type FeedSource =
  { kind: 'mine' } | { kind: 'chosen'; groupIds: readonly string[] } | { kind: 'channel'; groupId?: string };

/** The groups of the feed: mine, the chosen ones (that I may read), or the group of the Teams tab's team. */
export function groupsOfSource(
  source: FeedSource,
  groups: readonly InterestGroup[],
  mine: ReadonlySet<string>
): InterestGroup[] {
  if (source.kind === 'chosen') {
    const chosen = new Set(source.groupIds.map((id) => id.toLowerCase()));
    return groups.filter((group) => chosen.has(group.id));
  }
  if (source.kind === 'channel') {
    return groups.filter((group) => group.id === source.groupId?.toLowerCase());
  }
  return groups.filter((group) => mine.has(group.id));
}

/** The channels with a batch of pages put in: a first page replaces, an older page is appended. */
export function withPages(
  channels: readonly ChannelFeed[],
  pages: ReadonlyMap<string, Result<ChannelPage>>,
  errors: Map<string, ServiceError>
): ChannelFeed[] {
  return channels.map((channel) => {
    const page = pages.get(channelKey(channel));
    if (!page) {
      return channel;
    }
    if (!page.ok) {
      errors.set(channelKey(channel), page.error);
      return { ...channel, status: 'failed' };
    }
    const posts = channel.status === 'loaded' ? [...channel.posts, ...page.value.posts] : page.value.posts;
    return { ...channel, status: 'loaded', posts, nextLink: page.value.nextLink };
  });
}

/** The channels with changed threads put in place of their older versions. */
export function withChanges(
  channels: readonly ChannelFeed[],
  changes: ReadonlyMap<string, Result<Post[]>>
): ChannelFeed[] {
  return channels.map((channel) => {
    const changed = changes.get(channelKey(channel));
    if (!changed?.ok || changed.value.length === 0) {
      return channel;
    }
    const ids = new Set(changed.value.map((post) => post.id));
    const posts = [...changed.value, ...channel.posts.filter((post) => !ids.has(post.id))].sort((a, b) =>
      b.lastActivity.localeCompare(a.lastActivity)
    );
    return { ...channel, posts };
  });
}
