import * as React from 'react';
import { Button, Text, useId } from '@fluentui/react-components';
import { ArrowClockwise16Regular, Delete16Regular, Wrench16Regular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import { fixFor, type RegistryProblem, type RegistryProblemKind } from '../../../../model/feed/registryProblems';
import type { RegistryPanelState } from './RegistryPanel.types';
import type { RegistryPanelStyles } from './useRegistryPanelStyles';

const PROBLEM_TEXT: Readonly<Record<RegistryProblemKind, string>> = {
  groupGone: strings.RegistryProblemGroupGone,
  noTeam: strings.RegistryProblemNoTeam,
  channelGone: strings.RegistryProblemChannelGone
};

function ProblemItem({
  problem,
  onFix,
  styles
}: {
  problem: RegistryProblem;
  onFix: (problem: RegistryProblem) => void;
  styles: RegistryPanelStyles;
}): React.ReactElement {
  const name = problem.group.displayName;
  const remove = fixFor(problem).action === 'remove';
  return (
    <li className={styles.item}>
      <div className={styles.row}>
        <Text className={styles.name}>{PROBLEM_TEXT[problem.kind].replace('{0}', name)}</Text>
        <Button
          icon={remove ? <Delete16Regular /> : <Wrench16Regular />}
          aria-label={(remove ? strings.RegistryFixRemoveLabel : strings.RegistryFixGeneralLabel).replace('{0}', name)}
          onClick={() => onFix(problem)}
        >
          {remove ? strings.RegistryFixRemove : strings.RegistryFixGeneral}
        </Button>
      </div>
    </li>
  );
}

function content(state: RegistryPanelState, styles: RegistryPanelStyles): React.ReactNode {
  const { problems } = state;
  switch (problems.status) {
    case 'idle':
    case 'loading':
      return <LoadingState size="tiny" label={strings.RegistryCheckingProblems} />;
    case 'error':
      return <LazyErrorState compact error={problems.error} onRetry={state.checkProblems} />;
    case 'empty':
    case 'ready': {
      const found = problems.status === 'ready' ? problems.data : [];
      if (found.length === 0) return <Text className={styles.muted}>{strings.RegistryNoProblems}</Text>;
      return (
        <ul className={styles.list}>
          {found.map((problem) => (
            <ProblemItem
              key={`${problem.kind}:${problem.group.registryItemId}`}
              problem={problem}
              onFix={state.actions.fixProblem}
              styles={styles}
            />
          ))}
        </ul>
      );
    }
  }
}

/** "Registry problems": entries whose group, team or feed channel is gone, each with its fix. */
export function ProblemsSection({
  state,
  styles
}: {
  state: RegistryPanelState;
  styles: RegistryPanelStyles;
}): React.ReactElement {
  const headingId = useId('registry-problems-');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.row}>
        <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {strings.RegistryProblems}
        </Text>
        <Button
          appearance="subtle"
          icon={<ArrowClockwise16Regular />}
          disabled={state.problems.status === 'loading'}
          onClick={state.checkProblems}
        >
          {strings.RegistryCheckAgain}
        </Button>
      </div>
      <div aria-live="polite">{content(state, styles)}</div>
    </section>
  );
}
