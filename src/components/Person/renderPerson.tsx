import * as React from 'react';
import { Avatar, Link } from '@fluentui/react-components';
import { initials } from './initials';
import { presenceBadgeStatus } from '../../model/Presence';
import { LazyPersonHoverCard } from './lazyHoverCard';
import type { PersonState } from './Person.types';
import type { usePersonStyles } from './usePersonStyles';

export function renderPerson(state: PersonState, styles: ReturnType<typeof usePersonStyles>): React.ReactElement {
  const { person, presence } = state;
  return (
    <span className={styles.root} {...(state.hoverCard ? state.containerHandlers : {})}>
      <Avatar
        aria-hidden
        size={state.size}
        name={person.displayName}
        initials={initials(person.displayName)}
        image={state.photoUrl ? { src: state.photoUrl, alt: '' } : undefined}
        badge={presence ? { status: presenceBadgeStatus(presence.availability) } : undefined}
      />
      <span className={styles.text}>
        <Link
          ref={state.nameRef}
          href={state.profileUrl}
          className={styles.name}
          aria-expanded={state.hoverCard ? state.open : undefined}
          aria-keyshortcuts={state.hoverCard ? 'ArrowDown' : undefined}
        >
          {person.displayName}
        </Link>
        {state.presenceLabel && <span className={styles.visuallyHidden}>{state.presenceLabel}</span>}
        {state.showSecondaryText && person.jobTitle && <span className={styles.secondary}>{person.jobTitle}</span>}
      </span>
      {state.hoverCard && state.open && (
        <React.Suspense fallback={null}>
          <LazyPersonHoverCard
            anchor={state.nameRef.current}
            surfaceRef={state.cardRef}
            takeFocus={state.focusCard}
            onDismiss={state.dismiss}
            person={person}
            photoUrl={state.photoUrl}
            presence={presence}
            presenceLabel={state.presenceLabel}
            profileUrl={state.profileUrl}
          />
        </React.Suspense>
      )}
    </span>
  );
}
