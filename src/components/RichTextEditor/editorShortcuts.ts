import type { FormatCommand, MentionKey } from './RichTextEditor.types';

export type EditorShortcut = FormatCommand | 'lineBreak' | 'submit';

export interface ShortcutKey {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const MARK_KEYS: Readonly<Record<string, FormatCommand>> = { b: 'bold', i: 'italic', k: 'link' };

function digit(event: ShortcutKey): string | undefined {
  return /^Digit[0-9]$/.test(event.code) ? event.code.slice(-1) : /^[0-9]$/.test(event.key) ? event.key : undefined;
}

/**
 * The editor's shortcut for a key press: Ctrl (Cmd on a Mac) with B, I or K, with Shift and 8 or 7 for the lists
 * (by physical key, as Shift changes what the digit keys type), with Enter to send, and Shift+Enter for a line break.
 */
export function editorShortcut(event: ShortcutKey): EditorShortcut | undefined {
  const command = event.ctrlKey || event.metaKey;
  // AltGr arrives as Ctrl+Alt on Windows and types characters; it is no shortcut.
  if (event.altKey) return undefined;
  if (!command) return event.key === 'Enter' && event.shiftKey ? 'lineBreak' : undefined;
  if (event.key === 'Enter') return 'submit';
  if (event.shiftKey) {
    const pressed = digit(event);
    return pressed === '8' ? 'bulletedList' : pressed === '7' ? 'numberedList' : undefined;
  }
  return MARK_KEYS[event.key.toLowerCase()];
}

const MENTION_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'Enter', 'Tab', 'Escape'];

/** A key the mention suggestions may take while a query is open: only unmodified ones. */
export function mentionKey(event: ShortcutKey): MentionKey | undefined {
  const modified = event.ctrlKey || event.metaKey || event.altKey || event.shiftKey;
  return !modified && MENTION_KEYS.includes(event.key) ? (event.key as MentionKey) : undefined;
}
