import * as React from 'react';
import { useEventCallback } from '@fluentui/react-components';
import type { DraftContent } from '../../model/composer/Draft';
import { draftFromEditorDom } from './draftFromEditorDom';
import { editorHtmlFromDraft } from './editorHtmlFromDraft';
import { isEmptyDraft, normaliseDraft } from './normaliseDraft';

export interface EditorContent {
  empty: boolean;
  /** Reads the content from the DOM and reports it when it changed. */
  emit: () => void;
  /** Empties the editor and reports that. */
  clear: () => void;
}

/** Whether the placeholder may show: no text, no bullet, at most the one line a browser keeps in an empty editor. */
function showsNothing(root: HTMLElement): boolean {
  return root.textContent === '' && root.querySelectorAll('br').length <= 1 && root.querySelector('li') === null;
}

/**
 * Keeps the editor's DOM and `value` in step. The DOM is replaced only when `value` differs from what the DOM
 * shows (a draft loaded, the editor cleared after sending); the echo of the editor's own `onChange` leaves the
 * DOM, and with it the caret and the browser's undo history, alone.
 */
export function useEditorContent(
  rootRef: React.RefObject<HTMLDivElement>,
  value: DraftContent,
  onChange: (content: DraftContent) => void,
  onReplaced: () => void
): EditorContent {
  // What the DOM shows, as JSON of its normalised content.
  const shown = React.useRef<string | undefined>(undefined);
  const [empty, setEmpty] = React.useState(() => isEmptyDraft(value));

  const read = React.useCallback((root: HTMLElement): { content: DraftContent; key: string } => {
    const content = draftFromEditorDom(root);
    setEmpty(isEmptyDraft(content) && showsNothing(root));
    return { content, key: JSON.stringify(content) };
  }, []);

  React.useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || JSON.stringify(normaliseDraft(value)) === shown.current) return;
    root.innerHTML = editorHtmlFromDraft(value);
    shown.current = read(root).key;
    onReplaced();
  }, [value, rootRef, read, onReplaced]);

  const emit = useEventCallback(() => {
    const root = rootRef.current;
    if (!root) return;
    const { content, key } = read(root);
    if (key === shown.current) return;
    shown.current = key;
    onChange(content);
  });

  const clear = useEventCallback(() => {
    const root = rootRef.current;
    if (!root) return;
    root.innerHTML = '';
    emit();
    onReplaced();
  });

  return { empty, emit, clear };
}
