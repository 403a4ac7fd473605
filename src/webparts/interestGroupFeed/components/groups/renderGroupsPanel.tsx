import * as React from 'react';
import { Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import { AllGroups } from './AllGroups';
import type { GroupsPanelState } from './GroupsPanel.types';
import { RequestsToDecide } from './RequestsToDecide';
import { SuggestedGroups } from './SuggestedGroups';
import type { GroupsPanelStyles } from './useGroupsPanelStyles';

function content(state: GroupsPanelState, styles: GroupsPanelStyles): React.ReactNode {
  const { directory } = state;
  switch (directory.status) {
    case 'idle':
    case 'loading':
      return <LoadingState label={strings.LoadingGroups} />;
    case 'error':
      return <LazyErrorState error={directory.error} onRetry={state.reload} />;
    case 'empty':
      return <Text>{strings.EmptyRegistry}</Text>;
    case 'ready':
      return (
        <>
          <SuggestedGroups
            suggestions={state.suggestions}
            onRetry={state.reloadSuggestions}
            context={state.card}
            styles={styles}
          />
          <AllGroups state={state} styles={styles} />
        </>
      );
  }
}

export function renderGroupsPanel(state: GroupsPanelState, styles: GroupsPanelStyles): React.ReactElement {
  return (
    <div className={styles.root}>
      <RequestsToDecide state={state.requests} styles={styles} />
      {content(state, styles)}
    </div>
  );
}
