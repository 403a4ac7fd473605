import * as React from 'react';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import type { Result } from '../../../../services/Result';
import type { CardStyles } from './ColleagueCard.types';

export interface CardSectionProps {
  title: string;
  styles: CardStyles;
  children: React.ReactNode;
}

export function CardSection({ title, styles, children }: CardSectionProps): React.ReactElement {
  return (
    <section className={styles.section} aria-label={title}>
      <h4 className={styles.heading}>{title}</h4>
      {children}
    </section>
  );
}

export interface PartOrErrorProps<T> {
  part: Result<T>;
  permission: string;
  onRetry: () => void;
  children: (value: T) => React.ReactElement;
}

/** One part of the card, or why it failed in its place; the rest of the card stays. */
export function PartOrError<T>({ part, permission, onRetry, children }: PartOrErrorProps<T>): React.ReactElement {
  return part.ok ? (
    children(part.value)
  ) : (
    <LazyErrorState compact error={part.error} permission={permission} onRetry={onRetry} />
  );
}
