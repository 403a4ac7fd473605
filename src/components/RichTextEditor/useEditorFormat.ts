import { useEventCallback } from '@fluentui/react-components';
import { execute } from './editorCommands';
import { restoreSelection, selectionRange } from './editorSelection';
import { toggleListFallback } from './listFallback';
import { toggleMarkFallback } from './markFallback';
import type { FormatCommand } from './RichTextEditor.types';
import { NO_SELECTION_MARKS, selectionMarks } from './selectionMarks';

const LIST_COMMANDS = { bulletedList: 'insertUnorderedList', numberedList: 'insertOrderedList' } as const;

function applyFormat(root: HTMLElement, command: Exclude<FormatCommand, 'link'>): void {
  const range = selectionRange(root);
  const marks = range ? selectionMarks(root, range) : NO_SELECTION_MARKS;
  if (command === 'bold' || command === 'italic') {
    if (!execute(root, command)) toggleMarkFallback(root, command, marks[command]);
  } else if (!execute(root, LIST_COMMANDS[command])) {
    toggleListFallback(root, command === 'numberedList');
  }
}

/**
 * The toolbar's and the shortcuts' formatting: the browser's editing commands where it has them, the editor's
 * own DOM changes where not; either way the content is read back from the DOM afterwards.
 */
export function useEditorFormat(
  rootRef: React.RefObject<HTMLDivElement>,
  options: {
    disabled: boolean;
    savedRange: () => Range | undefined;
    showLinkForm: () => void;
    afterChange: () => void;
  }
): (command: FormatCommand) => void {
  return useEventCallback((command: FormatCommand) => {
    const root = rootRef.current;
    if (!root || options.disabled) return;
    if (command === 'link') {
      options.showLinkForm();
      return;
    }
    if (root.ownerDocument.activeElement !== root || !selectionRange(root))
      restoreSelection(root, options.savedRange());
    applyFormat(root, command);
    options.afterChange();
  });
}
