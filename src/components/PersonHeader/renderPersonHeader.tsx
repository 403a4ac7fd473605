import * as React from 'react';
import { mergeClasses, Persona } from '@fluentui/react-components';
import type { PersonHeaderState } from './PersonHeader.types';
import type { usePersonHeaderStyles } from './usePersonHeaderStyles';

export function renderPersonHeader(
  state: PersonHeaderState,
  styles: ReturnType<typeof usePersonHeaderStyles>
): React.ReactElement {
  const card = state.variant === 'card';
  const text = (
    children: React.ReactNode,
    className?: string
  ): { children: React.ReactNode; className: string } | undefined =>
    children ? { children, className: mergeClasses(styles.text, className) } : undefined;
  return (
    <Persona
      className={styles.root}
      size="huge"
      textAlignment="center"
      name={state.name}
      avatar={state.avatar}
      presence={state.badge}
      primaryText={{
        ...text(state.name, card ? styles.cardName : undefined),
        role: card ? 'heading' : undefined,
        'aria-level': card ? 3 : undefined
      }}
      secondaryText={text(state.jobTitle)}
      tertiaryText={text(state.location)}
      quaternaryText={text(
        state.presenceText && (
          <>
            {state.presencePrefix && <span className={styles.prefix}>{state.presencePrefix}: </span>}
            {state.presenceText}
          </>
        ),
        styles.presence
      )}
    />
  );
}
