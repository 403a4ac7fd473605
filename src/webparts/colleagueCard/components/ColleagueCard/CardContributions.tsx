import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { TextLink } from '../../../../components/TextLink/TextLink';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import type { Highlight } from '../../../../model/Highlight';
import type { CardStyles, ColleagueCardState } from './ColleagueCard.types';

function Contribution({ highlight, styles }: { highlight: Highlight; styles: CardStyles }): React.ReactElement {
  const kind = highlight.kind === 'AcceptedAnswer' ? strings.AcceptedAnswer : strings.LearningResource;
  const title = highlight.title || kind;
  return (
    <li className={styles.contribution}>
      {highlight.webUrl ? (
        <TextLink href={highlight.webUrl} target="_blank" rel="noopener noreferrer">
          {title}
        </TextLink>
      ) : (
        <span>{title}</span>
      )}
      <span className={mergeClasses(styles.small, styles.secondary)}>{[kind, ...highlight.topics].join(' · ')}</span>
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
      return <LoadingState size="tiny" label={commonStrings.Loading} />;
    case 'error':
      return <LazyErrorState compact error={contributions.error} onRetry={state.reloadContributions} />;
    case 'empty':
      return <span className={styles.muted}>{strings.NoContributions}</span>;
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
