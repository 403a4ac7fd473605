import * as React from 'react';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import type { DraftTarget } from '../../../../model/composer/Draft';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { useServices } from '../../../../services/ServicesContext';
import type { ComposerMode } from './Composer.types';

export interface PostTarget {
  /** New posts: the groups of the feed I am a member of (the ones whose channel I may post in). */
  groups: readonly InterestGroup[];
  /** My memberships are known, so `groups` is final. */
  groupsLoaded: boolean;
  groupId: string | undefined;
  selectGroup: (groupId: string) => void;
  /** The chosen group's feed channel (or the thread replied to), once known. */
  target: DraftTarget | undefined;
}

/** Where the composer writes: the thread of a reply, or the feed channel of the group chosen for a new post. */
export function usePostTarget(mode: ComposerMode): PostTarget {
  const services = useServices();
  const mine = useAsyncData(() => services.groups.getMyGroupIds(), [services], { enabled: mode.kind === 'post' }).state;
  const groups = React.useMemo(
    () =>
      mode.kind === 'post' && mine.status === 'ready'
        ? mode.groups.filter((group) => mine.data.has(group.id) || mine.data.has(group.id.toLowerCase()))
        : [],
    [mode, mine]
  );
  const [chosen, selectGroup] = React.useState<string | undefined>(
    mode.kind === 'post' ? mode.initialGroupId : undefined
  );
  const groupId = groups.some((group) => group.id === chosen) ? chosen : groups[0]?.id;
  const group = groups.find((entry) => entry.id === groupId);
  const channel = useAsyncData(() => services.groups.feedChannelOf(group as InterestGroup), [services, group], {
    enabled: group !== undefined
  }).state;
  const target = React.useMemo<DraftTarget | undefined>(() => {
    if (mode.kind === 'reply') {
      return { groupId: mode.post.groupId, channelId: mode.post.channelId, replyToId: mode.post.id };
    }
    return channel.status === 'ready'
      ? { groupId: channel.data.groupId, channelId: channel.data.channelId }
      : undefined;
  }, [mode, channel]);
  return {
    groups,
    groupsLoaded: mode.kind === 'reply' || mine.status !== 'loading',
    groupId: mode.kind === 'reply' ? mode.post.groupId : groupId,
    selectGroup,
    target
  };
}
