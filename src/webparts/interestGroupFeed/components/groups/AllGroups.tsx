import * as React from 'react';
import { Button, Text, useId } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { GroupCard } from './GroupCard';
import { GroupFilterBar } from './GroupFilterBar';
import type { GroupsPanelState } from './GroupsPanel.types';
import { groupCountText } from './groupTexts';
import type { GroupsPanelStyles } from './useGroupsPanelStyles';

export interface AllGroupsProps {
  state: GroupsPanelState;
  styles: GroupsPanelStyles;
}

/** Every group of the registry, searchable and filterable, with the count of those shown announced politely. */
export function AllGroups({ state, styles }: AllGroupsProps): React.ReactElement {
  const headingId = useId('all-groups-');
  const { visible, card } = state;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {strings.AllGroups}
      </Text>
      <GroupFilterBar
        filters={state.filters}
        onChange={state.setFilters}
        jobFunctions={state.jobFunctions}
        topics={state.topics}
        styles={styles}
      />
      <Text role="status" aria-live="polite" aria-atomic className={styles.muted}>
        {groupCountText(visible.length)}
      </Text>
      {visible.length === 0 ? (
        <div className={styles.noMatch}>
          <Text>{strings.NoGroupsMatch}</Text>
          <Button onClick={state.clearFilters}>{strings.ClearFilters}</Button>
        </div>
      ) : (
        <ul className={styles.grid} aria-labelledby={headingId}>
          {visible.map((group) => (
            <li key={group.id} className={styles.gridItem}>
              <GroupCard group={group} context={card} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
