import type { RichTextEditorStrings } from './RichTextEditor.types';

export const RICH_TEXT_EDITOR_STRINGS: RichTextEditorStrings = {
  toolbar: 'Formatting',
  bold: 'Bold',
  italic: 'Italic',
  bulletedList: 'Bulleted list',
  numberedList: 'Numbered list',
  link: 'Link',
  linkForm: 'Insert link',
  linkAddress: 'Address',
  linkText: 'Text to show',
  linkApply: 'Insert',
  linkCancel: 'Cancel',
  linkInvalid: 'Enter an address that starts with https://, http:// or mailto:'
};
