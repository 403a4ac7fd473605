import * as React from 'react';
import { Link, Spinner, Text } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import { ErrorState } from '../../../../components/states/ErrorState';
import type { Highlight } from '../../../../model/Highlight';
import type { CardStyles, ColleagueCardState } from './ColleagueCard.types';

function Contribution({ highlight, styles }: { highlight: Highlight; styles: CardStyles }): React.ReactElement {
  const kind = highlight.kind === 'AcceptedAnswer' ? strings.AcceptedAnswer : strings.LearningResource;
  const title = highlight.title || kind;
  return (
    <li className={styles.contribution}>
      {highlight.webUrl ? (
        <Link href={highlight.webUrl} target="_blank" rel="noopener noreferrer">
          {title}
        </Link>
      ) : (
        <Text>{title}</Text>
      )}
      <Text size={200} className={styles.secondary}>
        {[kind, ...highlight.topics].join(' · ')}
      </Text>
    </li>
  );
}

export interface CardContributionsProps {
  state: ColleagueCardState;
  styles: CardStyles;
}

export function CardContributions({ state, styles }: CardContributionsProps): React.ReactElement {
  const contributions = state.contributions;
  switch (contributions.status) {
    case 'idle':
    case 'loading':
      return <Spinner size="tiny" label={commonStrings.Loading} labelPosition="after" />;
    case 'error':
      return <ErrorState compact error={contributions.error} onRetry={state.reloadContributions} />;
    case 'empty':
      return <Text className={styles.muted}>{strings.NoContributions}</Text>;
    case 'ready':
      return (
        <ul className={styles.list}>
          {contributions.data.map((h) => (
            <Contribution key={h.id} highlight={h} styles={styles} />
          ))}
        </ul>
      );
  }
}
