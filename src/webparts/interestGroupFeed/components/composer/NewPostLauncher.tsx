import * as React from 'react';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { isReply } from '../../../../model/composer/Draft';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { useServices } from '../../../../services/ServicesContext';
import type { ComposerProps } from './Composer.types';
import { ComposerLauncher } from './ComposerLauncher';

export interface NewPostLauncherProps extends Pick<ComposerProps, 'recentMessages' | 'onSent'> {
  groups: readonly InterestGroup[];
}

/** The latest new-post draft among the groups, if one was left (before a reload, in another tab). */
function useLeftDraftGroup(groups: readonly InterestGroup[]): string | undefined {
  const services = useServices();
  const [groupId, setGroupId] = React.useState<string | undefined>(undefined);
  const ids = groups.map((group) => group.id).join('|');
  React.useEffect(() => {
    let current = true;
    Promise.all(
      ids
        .split('|')
        .filter(Boolean)
        .map((id) => services.drafts.list(id))
    )
      .then((lists) => {
        const left = lists
          .flat()
          .filter((draft) => !isReply(draft.target))
          .sort((a, b) => b.updated.localeCompare(a.updated))[0];
        if (current && left) setGroupId(left.target.groupId);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [services, ids]);
  return groupId;
}

/**
 * "Start a post" until someone starts writing, then the composer (its code loads on first use). A draft left
 * from an earlier visit opens the composer at once, in that draft's group.
 */
export function NewPostLauncher({ groups, recentMessages, onSent }: NewPostLauncherProps): React.ReactElement {
  const leftIn = useLeftDraftGroup(groups);
  return (
    <ComposerLauncher
      label={strings.ComposerStartPost}
      hint={strings.ComposerStartPostHint}
      primary
      open={leftIn !== undefined}
      mode={{ kind: 'post', groups, initialGroupId: leftIn }}
      recentMessages={recentMessages}
      onSent={onSent}
    />
  );
}
