import type * as React from 'react';
import { useEventCallback } from '@fluentui/react-components';
import { insertLineBreak } from './editorCommands';
import { editorShortcut, mentionKey } from './editorShortcuts';
import { mentionBeforeCaret } from './mentionDom';
import type { FormatCommand, MentionKey } from './RichTextEditor.types';
import type { MentionTracking } from './useMentionQuery';

export interface EditorKeyOptions {
  mention: MentionTracking;
  onMentionKey: ((key: MentionKey) => boolean) | undefined;
  onSubmit: (() => void) | undefined;
  onCancel: (() => void) | undefined;
  format: (command: FormatCommand) => void;
  afterChange: () => void;
  /** Closes the link form if it is open; whether it was. */
  closeLinkForm: () => boolean;
}

function handleMentionKey(key: MentionKey, event: React.KeyboardEvent, options: EditorKeyOptions): void {
  const handled = options.onMentionKey?.(key) ?? false;
  if (key === 'Escape') {
    options.mention.dismiss();
  } else if (!handled) {
    return;
  }
  // The suggestions took the key: no newline, no focus move, and no dialog around the composer closing.
  event.preventDefault();
  event.stopPropagation();
}

/** The editor's keyboard: the mention suggestions' keys first, then Backspace on a mention, then the shortcuts. */
export function useEditorKeys(
  rootRef: React.RefObject<HTMLDivElement>,
  options: EditorKeyOptions
): (event: React.KeyboardEvent<HTMLDivElement>) => void {
  return useEventCallback((event: React.KeyboardEvent<HTMLDivElement>) => {
    const root = rootRef.current;
    if (!root || event.nativeEvent.isComposing) return;
    const forMention = options.mention.isOpen() ? mentionKey(event) : undefined;
    if (forMention) {
      handleMentionKey(forMention, event, options);
      return;
    }
    const mention = event.key === 'Backspace' ? mentionBeforeCaret(root) : undefined;
    if (mention) {
      event.preventDefault();
      mention.remove();
      options.afterChange();
      return;
    }
    const shortcut = editorShortcut(event);
    if (shortcut === 'submit') {
      event.preventDefault();
      options.onSubmit?.();
    } else if (shortcut === 'lineBreak') {
      event.preventDefault();
      insertLineBreak(root);
      options.afterChange();
    } else if (shortcut) {
      event.preventDefault();
      options.format(shortcut);
    } else if (event.key === 'Escape' && options.closeLinkForm()) {
      event.preventDefault();
      event.stopPropagation();
    } else if (event.key === 'Escape' && options.onCancel) {
      event.preventDefault();
      options.onCancel();
    }
  });
}
