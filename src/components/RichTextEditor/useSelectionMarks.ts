import * as React from 'react';
import { useEventCallback } from '@fluentui/react-components';
import { selectionRange } from './editorSelection';
import type { SelectionMarks } from './RichTextEditor.types';
import { NO_SELECTION_MARKS, sameSelectionMarks, selectionMarks } from './selectionMarks';

export interface SelectionTracking {
  marks: SelectionMarks;
  /** The last selection inside the editor, to return to after the toolbar or the link form had focus. */
  saved: () => Range | undefined;
  /** Reads the selection again after a change the browser may not announce. */
  refresh: () => void;
}

/**
 * Follows the selection inside the editor: its marks for the toolbar, and a copy of it. `onSelectionChange` also
 * hears caret moves that change no text (arrow keys, clicks), for the mention query.
 */
export function useSelectionMarks(
  rootRef: React.RefObject<HTMLDivElement>,
  onSelectionChange: () => void
): SelectionTracking {
  const saved = React.useRef<Range | undefined>(undefined);
  const [marks, setMarks] = React.useState(NO_SELECTION_MARKS);

  const refresh = useEventCallback(() => {
    const root = rootRef.current;
    const range = root && selectionRange(root);
    if (!root || !range) return;
    saved.current = range.cloneRange();
    const next = selectionMarks(root, range);
    setMarks((previous) => (sameSelectionMarks(previous, next) ? previous : next));
  });

  React.useEffect(() => {
    const root = rootRef.current;
    if (!root) return undefined;
    const document = root.ownerDocument;
    const listener = (): void => {
      // A selection elsewhere (the suggestions, the link form) leaves the editor's state as it was.
      if (!selectionRange(root)) return;
      refresh();
      onSelectionChange();
    };
    document.addEventListener('selectionchange', listener);
    return () => document.removeEventListener('selectionchange', listener);
  }, [rootRef, refresh, onSelectionChange]);

  const getSaved = React.useCallback(() => saved.current, []);
  return { marks, saved: getSaved, refresh };
}
