import * as React from 'react';
import { loadHoverCard } from './lazyHoverCard';
import type { PersonState } from './Person.types';

const CLOSE_DELAY_MS = 250;

type HoverCard = Pick<PersonState, 'open' | 'focusCard' | 'nameRef' | 'cardRef' | 'dismiss' | 'containerHandlers'>;

/** A timer that sets the card open or closed after a delay; a newer request replaces a pending one. */
function useDelayedOpen(setOpen: (open: boolean) => void): {
  schedule: (open: boolean, delay: number) => void;
  cancel: () => void;
} {
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancel = React.useCallback(() => {
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
      timer.current = undefined;
    }
  }, []);

  const schedule = React.useCallback(
    (next: boolean, delay: number) => {
      if (next) {
        // Fetch the hover card's code while the delay runs.
        loadHoverCard().catch(() => undefined);
      }
      cancel();
      timer.current = setTimeout(() => {
        timer.current = undefined;
        setOpen(next);
      }, delay);
    },
    [cancel, setOpen]
  );

  React.useEffect(() => cancel, [cancel]);
  return { schedule, cancel };
}

/**
 * When the hover card opens and closes: after a delay on hover and on focus, at once on ArrowDown (which also
 * moves focus into it), and on Escape, which brings focus back to the name.
 */
export function useHoverCard(enabled: boolean, delayMs: number): HoverCard {
  const [open, setOpenState] = React.useState(false);
  const [focusCard, setFocusCard] = React.useState(false);
  const nameRef = React.useRef<HTMLAnchorElement>(null);
  const cardRef = React.useRef<HTMLDivElement>(null);
  // Focus handed back to the name on Escape must not open the card again.
  const returningFocus = React.useRef(false);
  const setOpen = React.useCallback((next: boolean) => {
    setOpenState(next);
    if (!next) setFocusCard(false);
  }, []);
  const { schedule, cancel } = useDelayedOpen(setOpen);

  const dismiss = React.useCallback(() => {
    cancel();
    const focusWasInCard = cardRef.current?.contains(document.activeElement) ?? false;
    setOpen(false);
    if (focusWasInCard) {
      returningFocus.current = true;
      nameRef.current?.focus();
      returningFocus.current = false;
    }
  }, [cancel, setOpen]);

  const containerHandlers = React.useMemo<PersonState['containerHandlers']>(
    () => ({
      onMouseEnter: () => enabled && schedule(true, delayMs),
      onMouseLeave: () => enabled && schedule(false, CLOSE_DELAY_MS),
      onFocus: () => enabled && !returningFocus.current && schedule(true, delayMs),
      onBlur: (event) => {
        const next = event.relatedTarget as Node | null;
        const inCard = next !== null && (cardRef.current?.contains(next) ?? false);
        const staysInside = next !== null && (event.currentTarget.contains(next) || inCard);
        if (enabled && !staysInside) schedule(false, CLOSE_DELAY_MS);
      },
      onKeyDown: (event) => {
        if (event.key === 'Escape') {
          dismiss();
        } else if (enabled && event.key === 'ArrowDown' && event.target === nameRef.current) {
          event.preventDefault();
          cancel();
          setOpenState(true);
          setFocusCard(true);
        }
      }
    }),
    [enabled, delayMs, schedule, cancel, dismiss]
  );

  return { open, focusCard, nameRef, cardRef, dismiss, containerHandlers };
}
