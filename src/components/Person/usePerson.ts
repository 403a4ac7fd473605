import * as React from 'react';
import * as commonStrings from 'KringCommonStrings';
import { loadHoverCard } from './lazyHoverCard';
import type { PersonProps, PersonState } from './Person.types';
import { presenceText } from './presenceText';
import { profileUrl } from './profileUrl';
import { usePersonDecorations } from './usePersonDecorations';

const CLOSE_DELAY_MS = 250;

/** Props to state for `Person`: photo and presence, and when the hover card opens and closes. */
export function usePerson(props: PersonProps): PersonState {
  const {
    person,
    size = 32,
    showSecondaryText = true,
    showPresence = true,
    showPhoto = true,
    hoverCard = true,
    hoverDelayMs = 500
  } = props;
  const { photoUrl, presence } = usePersonDecorations(person.id, { photo: showPhoto, presence: showPresence });
  const [open, setOpen] = React.useState(false);
  const nameRef = React.useRef<HTMLAnchorElement>(null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = React.useCallback((next: boolean, delay: number) => {
    if (next) {
      // Fetch the hover card's code while the delay runs.
      loadHoverCard().catch(() => undefined);
    }
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
    }
    timer.current = setTimeout(() => {
      timer.current = undefined;
      setOpen(next);
    }, delay);
  }, []);

  React.useEffect(
    () => () => {
      if (timer.current !== undefined) {
        clearTimeout(timer.current);
      }
    },
    []
  );

  const containerHandlers = React.useMemo<PersonState['containerHandlers']>(
    () => ({
      onMouseEnter: () => hoverCard && schedule(true, hoverDelayMs),
      onMouseLeave: () => hoverCard && schedule(false, CLOSE_DELAY_MS),
      onFocus: () => hoverCard && schedule(true, hoverDelayMs),
      onBlur: (event) => {
        const next = event.relatedTarget as Node | null;
        if (hoverCard && !(next && event.currentTarget.contains(next))) {
          schedule(false, CLOSE_DELAY_MS);
        }
      },
      onKeyDown: (event) => {
        if (event.key === 'Escape') {
          if (timer.current !== undefined) {
            clearTimeout(timer.current);
            timer.current = undefined;
          }
          setOpen(false);
        }
      }
    }),
    [hoverCard, hoverDelayMs, schedule]
  );

  return {
    person,
    size,
    showSecondaryText,
    hoverCard,
    photoUrl,
    presence,
    presenceLabel: presence ? presenceText(presence, commonStrings) : undefined,
    profileUrl: profileUrl(person.userPrincipalName || person.id),
    open,
    setOpen,
    nameRef,
    containerHandlers
  };
}
