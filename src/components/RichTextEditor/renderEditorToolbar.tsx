import * as React from 'react';
import { ToggleButton, Toolbar } from '@fluentui/react-components';
import {
  LinkRegular,
  TextBoldRegular,
  TextBulletListLtrRegular,
  TextItalicRegular,
  TextNumberListLtrRegular
} from '@fluentui/react-icons';
import type { FormatCommand, RichTextEditorState } from './RichTextEditor.types';
import type { RichTextEditorStyles } from './useRichTextEditorStyles';

const BUTTONS: readonly { command: FormatCommand; icon: React.ReactElement; keys: string }[] = [
  { command: 'bold', icon: <TextBoldRegular />, keys: 'Control+B Meta+B' },
  { command: 'italic', icon: <TextItalicRegular />, keys: 'Control+I Meta+I' },
  { command: 'bulletedList', icon: <TextBulletListLtrRegular />, keys: 'Control+Shift+8 Meta+Shift+8' },
  { command: 'numberedList', icon: <TextNumberListLtrRegular />, keys: 'Control+Shift+7 Meta+Shift+7' },
  { command: 'link', icon: <LinkRegular />, keys: 'Control+K Meta+K' }
];

// Pressing a button must not take focus, or the editor's selection, from the text.
const keepFocus = (event: React.MouseEvent): void => event.preventDefault();

export function renderEditorToolbar(state: RichTextEditorState, styles: RichTextEditorStyles): React.ReactElement {
  return (
    <Toolbar size="small" aria-label={state.strings.toolbar} className={styles.toolbar}>
      {BUTTONS.map(({ command, icon, keys }) => (
        <ToggleButton
          key={command}
          appearance="subtle"
          size="small"
          icon={icon}
          aria-label={state.strings[command]}
          aria-keyshortcuts={keys}
          checked={state.marks[command]}
          disabled={state.disabled}
          onMouseDown={keepFocus}
          onClick={() => state.format(command)}
        />
      ))}
    </Toolbar>
  );
}
