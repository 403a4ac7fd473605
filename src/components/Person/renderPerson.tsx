import * as React from 'react';
import { Persona } from '@fluentui/react-components';
import { TextLink } from '../TextLink/TextLink';
import { initials } from './initials';
import { presenceBadgeStatus } from '../../model/Presence';
import { LazyPersonHoverCard } from './lazyHoverCard';
import type { PersonState } from './Person.types';
import type { usePersonStyles } from './usePersonStyles';

type Styles = ReturnType<typeof usePersonStyles>;

function renderHoverCard(state: PersonState): React.ReactElement {
  return (
    <React.Suspense fallback={null}>
      <LazyPersonHoverCard
        anchor={state.nameRef.current}
        surfaceRef={state.cardRef}
        takeFocus={state.focusCard}
        onDismiss={state.dismiss}
        person={state.person}
        photoUrl={state.photoUrl}
        presence={state.presence}
        profileUrl={state.profileUrl}
      />
    </React.Suspense>
  );
}

function renderName(state: PersonState, styles: Styles): React.ReactElement {
  return (
    <>
      <TextLink
        ref={state.nameRef}
        href={state.profileUrl}
        className={styles.name}
        aria-expanded={state.hoverCard ? state.open : undefined}
        aria-keyshortcuts={state.hoverCard ? 'ArrowDown' : undefined}
      >
        {state.person.displayName}
      </TextLink>
      {/* Persona shows presence only as the badge's colour and shape: the words are for screen readers. */}
      {state.presenceLabel && <span className={styles.visuallyHidden}>{state.presenceLabel}</span>}
      {/* Inside the Persona, so that the card's events (React bubbles them through its portal) reach its handlers. */}
      {state.hoverCard && state.open && renderHoverCard(state)}
    </>
  );
}

export function renderPerson(state: PersonState, styles: Styles): React.ReactElement {
  const { person, presence } = state;
  if (state.inline) {
    return (
      <span {...(state.hoverCard ? state.containerHandlers : {})} className={styles.inline}>
        {renderName(state, styles)}
      </span>
    );
  }
  return (
    <Persona
      {...(state.hoverCard ? state.containerHandlers : {})}
      className={styles.root}
      size={state.size}
      textAlignment="center"
      name={person.displayName}
      presence={presence ? { status: presenceBadgeStatus(presence.availability) } : undefined}
      avatar={{
        'aria-hidden': true,
        initials: initials(person.displayName),
        image: state.photoUrl ? { src: state.photoUrl, alt: '' } : undefined
      }}
      primaryText={{ children: renderName(state, styles) }}
      secondaryText={
        state.showSecondaryText && person.jobTitle
          ? { children: person.jobTitle, className: styles.secondary }
          : undefined
      }
    />
  );
}
