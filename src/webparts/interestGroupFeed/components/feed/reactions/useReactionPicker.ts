import * as React from 'react';
import { preloadReactionPopups } from './lazyReactionPopups';
import type { ReactionPickerState } from './ReactionBar.types';

/** "Add reaction" opens the six reactions; choosing one or leaving closes them and focus goes back to the button. */
export function useReactionPicker(onPick: (emoji: string) => void): ReactionPickerState {
  const [open, setOpen] = React.useState(false);
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const onDismiss = React.useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  return {
    open,
    buttonRef,
    onOpen: () => {
      preloadReactionPopups();
      setOpen((wasOpen) => !wasOpen);
    },
    onDismiss,
    onPick: (emoji) => {
      onDismiss();
      onPick(emoji);
    }
  };
}
