import * as strings from 'InterestGroupFeedWebPartStrings';
import type { RichTextEditorStrings } from '../../../../components/RichTextEditor/RichTextEditor.types';

/** The text field's toolbar and link form in the web part's language. */
export const editorStrings: RichTextEditorStrings = {
  toolbar: strings.EditorToolbar,
  bold: strings.EditorBold,
  italic: strings.EditorItalic,
  bulletedList: strings.EditorBulletedList,
  numberedList: strings.EditorNumberedList,
  link: strings.EditorLink,
  linkForm: strings.EditorLinkForm,
  linkAddress: strings.EditorLinkAddress,
  linkText: strings.EditorLinkText,
  linkApply: strings.EditorLinkInsert,
  linkCancel: strings.EditorLinkCancel,
  linkInvalid: strings.EditorLinkInvalid
};
