import { useHost } from '../../../../host/HostContext';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import type { AsyncData } from '../../../../hooks/AsyncData';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Post } from '../../../../model/feed/Post';
import { useServices } from '../../../../services/ServicesContext';
import { ServiceError } from '../../../../services/ServiceError';

export interface LinkedThread {
  post: Post;
  group: InterestGroup;
}

/**
 * The post a link points at, read on its own when the feed does not hold it (older, or in a group I don't follow).
 * Graph decides who may read it: a private group's post stays refused to non-members.
 */
export function useLinkedPost(
  link: { groupId: string; postId: string } | undefined,
  inFeed: boolean
): AsyncData<LinkedThread> {
  const services = useServices();
  const viewerId = useHost().user.id;
  const { state } = useAsyncData(
    async () => {
      const target = link as { groupId: string; postId: string };
      const { groups } = await services.groups.getRegistry();
      const group = groups.find((candidate) => candidate.id === target.groupId);
      if (!group) {
        throw new ServiceError('notFound', `Group ${target.groupId} is not an interest group.`, { status: 404 });
      }
      const channel = await services.groups.feedChannelOf(group);
      return { post: await services.feed.getPost(channel, target.postId, { viewerId }), group };
    },
    [services, link?.groupId, link?.postId, viewerId],
    { enabled: link !== undefined && !inFeed }
  );
  return state;
}
