import * as React from 'react';
import type { DocumentPickerProps } from './DocumentPicker.types';
import { renderDocumentPicker } from './renderDocumentPicker';
import { useDocumentPicker } from './useDocumentPicker';
import { useDocumentPickerStyles } from './useDocumentPickerStyles';

/**
 * Finds an intranet document or page to share: words searched as the typing settles, optionally one kind of
 * document; the results are a listbox under the field (arrow keys move into it, Enter or a click picks).
 */
export function DocumentPicker(props: DocumentPickerProps): React.ReactElement {
  const state = useDocumentPicker(props);
  const styles = useDocumentPickerStyles();
  return renderDocumentPicker(state, styles);
}
