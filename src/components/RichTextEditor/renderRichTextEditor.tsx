import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { renderEditorToolbar } from './renderEditorToolbar';
import { renderLinkForm } from './renderLinkForm';
import type { RichTextEditorState } from './RichTextEditor.types';
import type { RichTextEditorStyles } from './useRichTextEditorStyles';

function editingHandlers(state: RichTextEditorState): React.HTMLAttributes<HTMLDivElement> {
  return {
    onInput: state.onInput,
    onKeyDown: state.onKeyDown,
    onPaste: state.onPaste,
    onDrop: state.onDrop,
    onDragStart: state.onDragStart,
    onDragEnd: state.onDragEnd
  };
}

export function renderRichTextEditor(state: RichTextEditorState, styles: RichTextEditorStyles): React.ReactElement {
  const mentionOpen = state.mentionOpen && state.mentionListId !== undefined;
  return (
    <div
      className={mergeClasses(
        styles.root,
        state.invalid && styles.invalid,
        state.disabled && styles.disabled,
        state.className
      )}
    >
      {renderEditorToolbar(state, styles)}
      {state.linkForm.open && renderLinkForm(state, styles)}
      {/* The DOM inside is the editor's to manage (restored from `value`, read back on every change), not React's. */}
      <div
        ref={state.rootRef}
        id={state.id}
        role="textbox"
        aria-multiline="true"
        aria-label={state.label}
        aria-placeholder={state.placeholder}
        aria-describedby={state.describedBy}
        aria-invalid={state.invalid || undefined}
        aria-disabled={state.disabled || undefined}
        aria-controls={mentionOpen ? state.mentionListId : undefined}
        aria-activedescendant={mentionOpen ? state.activeMentionId : undefined}
        contentEditable={!state.disabled}
        suppressContentEditableWarning
        spellCheck
        tabIndex={state.disabled ? -1 : 0}
        className={mergeClasses(
          styles.editor,
          state.empty && state.placeholder !== undefined && styles.empty,
          state.disabled && styles.disabledEditor
        )}
        {...(state.disabled ? {} : editingHandlers(state))}
      />
    </div>
  );
}
