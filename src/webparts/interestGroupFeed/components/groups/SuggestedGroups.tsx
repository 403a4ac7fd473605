import * as React from 'react';
import { Button, Text, useId } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import type { AsyncData } from '../../../../hooks/AsyncData';
import type { GroupSuggestion } from '../../../../model/feed/suggestGroups';
import { GroupCard } from './GroupCard';
import type { GroupCardContext } from './GroupsPanel.types';
import { suggestionReasons } from './groupTexts';
import type { GroupsPanelStyles } from './useGroupsPanelStyles';

/** How many suggestions show before "Show all": a row or two, so the full list stays in view below. */
export const FIRST_SUGGESTIONS = 6;

export interface SuggestedGroupsProps {
  suggestions: AsyncData<GroupSuggestion[]>;
  onRetry: () => void;
  context: GroupCardContext;
  styles: GroupsPanelStyles;
}

function SuggestionList({
  suggestions,
  context,
  styles
}: {
  suggestions: readonly GroupSuggestion[];
  context: GroupCardContext;
  styles: GroupsPanelStyles;
}): React.ReactElement {
  const [showAll, setShowAll] = React.useState(false);
  const shown = showAll ? suggestions : suggestions.slice(0, FIRST_SUGGESTIONS);
  return (
    <>
      <ul className={styles.grid}>
        {shown.map((suggestion) => (
          <li key={suggestion.group.id} className={styles.gridItem}>
            <GroupCard
              group={suggestion.group}
              context={context}
              reasons={suggestionReasons(suggestion, context.locale)}
            />
          </li>
        ))}
      </ul>
      {suggestions.length > FIRST_SUGGESTIONS && (
        // The button stays where it is when pressed, so the keyboard does not lose its place.
        <Button appearance="subtle" className={styles.showAll} onClick={() => setShowAll(!showAll)}>
          {showAll
            ? strings.ShowFewerSuggestions
            : strings.ShowAllSuggestions.replace('{0}', String(suggestions.length))}
        </Button>
      )}
    </>
  );
}

function body(props: SuggestedGroupsProps): React.ReactNode {
  const { suggestions, onRetry, context, styles } = props;
  switch (suggestions.status) {
    case 'idle':
      return null;
    case 'loading':
      return <LoadingState label={strings.LoadingSuggestions} />;
    case 'error':
      return <LazyErrorState compact error={suggestions.error} onRetry={onRetry} />;
    case 'empty':
      return <Text className={styles.muted}>{strings.NoSuggestions}</Text>;
    case 'ready':
      return <SuggestionList suggestions={suggestions.data} context={context} styles={styles} />;
  }
}

/** "Groups for you": groups I am not in, for my job function or about my topics, each with the reason. */
export function SuggestedGroups(props: SuggestedGroupsProps): React.ReactElement {
  const headingId = useId('groups-for-you-');
  return (
    <section className={props.styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={500} weight="semibold" className={props.styles.heading}>
        {strings.GroupsForYou}
      </Text>
      {body(props)}
    </section>
  );
}
