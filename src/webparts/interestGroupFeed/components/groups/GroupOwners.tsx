import * as React from 'react';
import { Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { Person } from '../../../../components/Person/Person';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import { useServices } from '../../../../services/ServicesContext';
import type { GroupCardStyles } from './useGroupCardStyles';

/**
 * Who decides on joining a private group I'm not in: its owners, as people to ask (the cards of all private
 * groups on screen ask Graph for their owners together, in one `$batch`). Nothing of the group's content.
 */
export function GroupOwners({
  groupId,
  styles
}: {
  groupId: string;
  styles: GroupCardStyles;
}): React.ReactElement | null {
  const services = useServices();
  const { state } = useAsyncData(() => services.groups.getOwners(groupId), [services, groupId]);
  if (state.status !== 'ready' || state.data.length === 0) {
    return null;
  }
  return (
    <div className={styles.meta}>
      <Text size={200}>{strings.GroupOwnersLabel}</Text>
      <ul className={styles.owners} aria-label={strings.GroupOwnersLabel}>
        {state.data.map((owner) => (
          <li key={owner.id}>
            <Person person={owner} size="small" showSecondaryText={false} />
          </li>
        ))}
      </ul>
    </div>
  );
}
