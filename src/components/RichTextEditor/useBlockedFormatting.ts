import * as React from 'react';

/** Browser formatting Teams does not render (or the draft cannot hold); blocked so the editor shows what is sent. */
const BLOCKED = /^format(?!Bold$|Italic$|Remove$)/;

/**
 * Cancels the browser's own formatting outside the editor's set: Ctrl+U underline, indent, alignment, colours
 * and the like, from the keyboard or a context menu. React's `onBeforeInput` is not the native event and has no
 * `inputType`, hence the listener.
 */
export function useBlockedFormatting(rootRef: React.RefObject<HTMLDivElement>): void {
  React.useEffect(() => {
    const root = rootRef.current;
    if (!root) return undefined;
    const listener = (event: Event): void => {
      if (BLOCKED.test((event as InputEvent).inputType ?? '')) event.preventDefault();
    };
    root.addEventListener('beforeinput', listener);
    return () => root.removeEventListener('beforeinput', listener);
  }, [rootRef]);
}
