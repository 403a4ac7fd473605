import * as React from 'react';
import { loadHoverCard } from './lazyHoverCard';
import type { PersonState } from './Person.types';

const CLOSE_DELAY_MS = 250;

type HoverCard = Pick<PersonState, 'open' | 'focusCard' | 'nameRef' | 'cardRef' | 'dismiss' | 'containerHandlers'>;

/**
 * When the hover card opens and closes: after a delay on hover and on focus, at once on ArrowDown (which also
 * moves focus into it), and on Escape, which brings focus back to the name.
 */
export function useHoverCard(enabled: boolean, delayMs: number): HoverCard {
  const [open, setOpen] = React.useState(false);
  const [focusCard, setFocusCard] = React.useState(false);
  const nameRef = React.useRef<HTMLAnchorElement>(null);
  const cardRef = React.useRef<HTMLDivElement>(null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Focus handed back to the name on Escape must not open the card again.
  const returningFocus = React.useRef(false);

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
        if (!next) setFocusCard(false);
      }, delay);
    },
    [cancel]
  );

  React.useEffect(() => cancel, [cancel]);

  const dismiss = React.useCallback(() => {
    cancel();
    const focusWasInCard = cardRef.current?.contains(document.activeElement) ?? false;
    setOpen(false);
    setFocusCard(false);
    if (focusWasInCard) {
      returningFocus.current = true;
      nameRef.current?.focus();
      returningFocus.current = false;
    }
  }, [cancel]);

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
          setOpen(true);
          setFocusCard(true);
        }
      }
    }),
    [enabled, delayMs, schedule, cancel, dismiss]
  );

  return { open, focusCard, nameRef, cardRef, dismiss, containerHandlers };
}
