import * as React from 'react';
import { useEventCallback } from '@fluentui/react-components';
import { insertContent, insertText } from './editorCommands';
import { placeCaret } from './editorSelection';
import { pastedContent } from './pastedContent';

export interface EditorPaste {
  onPaste: (event: React.ClipboardEvent<HTMLDivElement>) => void;
  onDrop: (event: React.DragEvent<HTMLDivElement>) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}

function insertTransfer(root: HTMLElement, data: DataTransfer | null): void {
  const pasted = data && pastedContent({ html: data.getData('text/html'), text: data.getData('text/plain') });
  if (!pasted) return;
  if (pasted.kind === 'text') insertText(root, pasted.text);
  else insertContent(root, pasted.content);
}

interface CaretPointDocument {
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * Pasted and dropped content goes through the same reading as the editor's own DOM, on a detached document;
 * only the HTML written back from that content enters the editor. Dragging within the editor is left to the
 * browser, which moves the text.
 */
export function useEditorPaste(rootRef: React.RefObject<HTMLDivElement>, afterChange: () => void): EditorPaste {
  const draggingInside = React.useRef(false);

  const onPaste = useEventCallback((event: React.ClipboardEvent<HTMLDivElement>) => {
    const root = rootRef.current;
    if (!root) return;
    event.preventDefault();
    insertTransfer(root, event.clipboardData);
    afterChange();
  });

  const onDrop = useEventCallback((event: React.DragEvent<HTMLDivElement>) => {
    const root = rootRef.current;
    if (!root || draggingInside.current) return;
    event.preventDefault();
    const point = (root.ownerDocument as unknown as CaretPointDocument).caretRangeFromPoint?.(
      event.clientX,
      event.clientY
    );
    root.focus({ preventScroll: true });
    if (point && root.contains(point.startContainer)) placeCaret(point.startContainer, point.startOffset);
    insertTransfer(root, event.dataTransfer);
    afterChange();
  });

  return {
    onPaste,
    onDrop,
    onDragStart: () => {
      draggingInside.current = true;
    },
    onDragEnd: () => {
      draggingInside.current = false;
    }
  };
}
