import * as React from 'react';
import type { RichTextEditorHandle, RichTextEditorProps } from './RichTextEditor.types';
import { renderRichTextEditor } from './renderRichTextEditor';
import { useRichTextEditor } from './useRichTextEditor';
import { useRichTextEditorStyles } from './useRichTextEditorStyles';

/**
 * The composer's text field: bold, italic, lists, links and line breaks (what Teams renders), and @mentions, on a
 * contenteditable whose content is read back into `DraftContent` after every change. Ctrl/Cmd+B, I and K,
 * Ctrl+Shift+8 and 7 for the lists, Shift+Enter for a line break, Ctrl/Cmd+Enter to send, Escape to cancel.
 */
export const RichTextEditor = React.forwardRef<RichTextEditorHandle, RichTextEditorProps>(
  function RichTextEditor(props, ref) {
    const state = useRichTextEditor(props, ref);
    const styles = useRichTextEditorStyles();
    return renderRichTextEditor(state, styles);
  }
);
