import * as React from 'react';
import { useId } from '@fluentui/react-components';
import { preloadReactionPopups } from './lazyReactionPopups';
import type { WhoReactedHandlers, WhoReactedState } from './ReactionBar.types';
import { reactionKey, type ShownReaction } from './reactionView';

const HOVER_DELAY_MS = 400;
const FOCUS_DELAY_MS = 150;
const CLOSE_DELAY_MS = 250;

interface Opened {
  key: string;
  anchor: HTMLElement;
}

/**
 * When the list of who gave a reaction shows: after a moment of pointing at the reaction or at once on focus,
 * while the pointer is on the reaction or the list, until Escape or focus moves on.
 */
export function useWhoReacted(reactions: readonly ShownReaction[]): WhoReactedState {
  const [opened, setOpened] = React.useState<Opened | undefined>(undefined);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = useId('who-reacted-');

  const cancel = React.useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const schedule = React.useCallback(
    (next: Opened | undefined, delay: number) => {
      cancel();
      if (next) preloadReactionPopups();
      timer.current = setTimeout(() => {
        timer.current = undefined;
        setOpened(next);
      }, delay);
    },
    [cancel]
  );
  const dismiss = React.useCallback(() => {
    cancel();
    setOpened(undefined);
  }, [cancel]);
  React.useEffect(() => cancel, [cancel]);

  const handlersFor = (emoji: string): WhoReactedHandlers => {
    const key = reactionKey(emoji);
    return {
      onMouseEnter: (event) => schedule({ key, anchor: event.currentTarget }, HOVER_DELAY_MS),
      onMouseLeave: () => schedule(undefined, CLOSE_DELAY_MS),
      onFocus: (event) => schedule({ key, anchor: event.currentTarget }, FOCUS_DELAY_MS),
      onBlur: () => schedule(undefined, 0),
      onKeyDown: (event) => {
        if (event.key === 'Escape' && opened) {
          event.stopPropagation();
          dismiss();
        }
      }
    };
  };

  return {
    reaction: opened && reactions.find((reaction) => reactionKey(reaction.emoji) === opened.key),
    anchor: opened?.anchor ?? null,
    id,
    handlersFor,
    surfaceHandlers: { onMouseEnter: cancel, onMouseLeave: () => schedule(undefined, CLOSE_DELAY_MS) },
    dismiss
  };
}
