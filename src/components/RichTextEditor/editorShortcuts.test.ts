import { editorShortcut, mentionKey, type ShortcutKey } from './editorShortcuts';

const press = (key: string, modifiers: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  code: /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers
});

describe('editorShortcut', () => {
  it('maps Ctrl or Cmd with B, I and K to bold, italic and link', () => {
    expect(editorShortcut(press('b', { ctrlKey: true }))).toBe('bold');
    expect(editorShortcut(press('B', { metaKey: true }))).toBe('bold');
    expect(editorShortcut(press('i', { ctrlKey: true }))).toBe('italic');
    expect(editorShortcut(press('k', { metaKey: true }))).toBe('link');
  });

  it('maps Ctrl+Shift+8 and 7 to the lists by physical key, whatever Shift makes them type', () => {
    expect(editorShortcut(press('*', { ctrlKey: true, shiftKey: true, code: 'Digit8' }))).toBe('bulletedList');
    expect(editorShortcut(press('&', { ctrlKey: true, shiftKey: true, code: 'Digit7' }))).toBe('numberedList');
    expect(editorShortcut(press('8', { ctrlKey: true, shiftKey: true, code: '' }))).toBe('bulletedList');
    expect(editorShortcut(press('8', { ctrlKey: true }))).toBeUndefined();
  });

  it('maps Ctrl+Enter to submit and Shift+Enter to a line break, leaving Enter to the browser', () => {
    expect(editorShortcut(press('Enter', { ctrlKey: true, code: 'Enter' }))).toBe('submit');
    expect(editorShortcut(press('Enter', { metaKey: true, code: 'Enter' }))).toBe('submit');
    expect(editorShortcut(press('Enter', { shiftKey: true, code: 'Enter' }))).toBe('lineBreak');
    expect(editorShortcut(press('Enter', { code: 'Enter' }))).toBeUndefined();
  });

  it('leaves plain typing and AltGr characters alone', () => {
    expect(editorShortcut(press('b'))).toBeUndefined();
    expect(editorShortcut(press('b', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(editorShortcut(press('x', { ctrlKey: true }))).toBeUndefined();
  });
});

describe('mentionKey', () => {
  it('passes on the unmodified navigation keys only', () => {
    expect(['ArrowUp', 'ArrowDown', 'Enter', 'Tab', 'Escape'].map((key) => mentionKey(press(key)))).toEqual([
      'ArrowUp',
      'ArrowDown',
      'Enter',
      'Tab',
      'Escape'
    ]);
    expect(mentionKey(press('Enter', { shiftKey: true }))).toBeUndefined();
    expect(mentionKey(press('Tab', { shiftKey: true }))).toBeUndefined();
    expect(mentionKey(press('a'))).toBeUndefined();
  });
});
