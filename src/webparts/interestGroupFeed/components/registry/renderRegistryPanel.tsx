import * as React from 'react';
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { AddGroupSection } from './AddGroupSection';
import { EntriesSection } from './EntriesSection';
import { ProblemsSection } from './ProblemsSection';
import type { RegistryPanelState } from './RegistryPanel.types';
import { RulesSection } from './RulesSection';
import type { RegistryPanelStyles } from './useRegistryPanelStyles';

export function renderRegistryPanel(
  state: RegistryPanelState,
  styles: RegistryPanelStyles,
  debounceMs?: number
): React.ReactElement | null {
  if (!state.canCurate) return null;
  const { notice } = state;
  return (
    <div className={styles.root}>
      <Text as="h2" size={600} weight="semibold" className={styles.heading}>
        {strings.RegistryTitle}
      </Text>
      <div role="status" aria-live="polite">
        {notice?.intent === 'success' && <Text className={styles.muted}>{notice.text}</Text>}
      </div>
      {notice?.intent === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <ProblemsSection state={state} styles={styles} />
      <EntriesSection state={state} styles={styles} />
      <AddGroupSection state={state} styles={styles} debounceMs={debounceMs} />
      <RulesSection state={state} styles={styles} />
    </div>
  );
}
