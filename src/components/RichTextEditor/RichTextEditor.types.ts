import type * as React from 'react';
import type { DraftContent } from '../../model/composer/Draft';
import type { MessagePerson } from '../../model/feed/Post';

/** The editor's own labels; the web part passes its localised ones. */
export interface RichTextEditorStrings {
  toolbar: string;
  bold: string;
  italic: string;
  bulletedList: string;
  numberedList: string;
  link: string;
  linkForm: string;
  linkAddress: string;
  linkText: string;
  linkApply: string;
  linkCancel: string;
  linkInvalid: string;
}

/** An "@name" being typed: what follows the "@", and where it is on screen for the suggestions. */
export interface MentionQuery {
  query: string;
  anchor: DOMRect;
}

/** The keys a mention suggestion list may take over while a query is open. */
export type MentionKey = 'ArrowUp' | 'ArrowDown' | 'Enter' | 'Tab' | 'Escape';

export interface RichTextEditorProps {
  /** The content; replacing it from outside (a draft loaded, cleared after sending) replaces what the editor shows. */
  value: DraftContent;
  onChange: (content: DraftContent) => void;
  /** The text field's accessible name. */
  label: string;
  placeholder?: string;
  /** Space-separated ids of the hint and error texts that describe the field. */
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
  /** Toolbar and link form labels; English by default. */
  strings?: Partial<RichTextEditorStrings>;
  /** Ctrl/Cmd+Enter. */
  onSubmit?: () => void;
  /** Escape, when neither the mention suggestions nor the link form are open. */
  onCancel?: () => void;
  /** An "@name" typed, changed, or (undefined) gone: the caret left it, it was deleted or finished. */
  onMentionQuery?: (query: MentionQuery | undefined) => void;
  /** A key pressed while a mention query is open; return true when the suggestions handled it. */
  onMentionKey?: (key: MentionKey) => boolean;
  /** The suggestion listbox and its active option, so assistive technology can follow them from the field. */
  mentionListId?: string;
  activeMentionId?: string;
  id?: string;
  className?: string;
}

export interface RichTextEditorHandle {
  focus: () => void;
  /** Empties the editor and reports the empty content. */
  clear: () => void;
  /** Replaces the "@query" being typed (or inserts at the caret) with a mention, a space after it. */
  insertMention: (person: MessagePerson) => void;
}

/** The formatting where the caret is, for the toolbar's pressed states. */
export interface SelectionMarks {
  bold: boolean;
  italic: boolean;
  bulletedList: boolean;
  numberedList: boolean;
  link: boolean;
}

export type FormatCommand = 'bold' | 'italic' | 'bulletedList' | 'numberedList' | 'link';

export interface LinkFormState {
  open: boolean;
  address: string;
  text: string;
  error: string | undefined;
  addressRef: React.RefObject<HTMLInputElement>;
  onAddressChange: (value: string) => void;
  onTextChange: (value: string) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
  apply: () => void;
  cancel: () => void;
}

export interface RichTextEditorState {
  rootRef: React.RefObject<HTMLDivElement>;
  id: string | undefined;
  className: string | undefined;
  label: string;
  placeholder: string | undefined;
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
  empty: boolean;
  strings: RichTextEditorStrings;
  marks: SelectionMarks;
  mentionOpen: boolean;
  mentionListId: string | undefined;
  activeMentionId: string | undefined;
  linkForm: LinkFormState;
  format: (command: FormatCommand) => void;
  onInput: () => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLDivElement>) => void;
  onPaste: (event: React.ClipboardEvent<HTMLDivElement>) => void;
  onDrop: (event: React.DragEvent<HTMLDivElement>) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}
