import type { ComboboxProps, SelectProps } from '@fluentui/react-components';
import type { AsyncData } from '../../../../../hooks/AsyncData';
import type { KringLocale } from '../../../../../host/HostInfo';
import type { DraftAttachment } from '../../../../../model/composer/Draft';
import type { DocumentType, IntranetDocument } from '../../../../../model/documents/IntranetDocument';
import type { DocumentPickerStyles } from './useDocumentPickerStyles';

export interface DocumentPickerProps {
  /** Called with the chosen document as the attachment to add to the message. */
  onPick: (attachment: DraftAttachment) => void;
  /** How many results to ask for; 20 by default. */
  top?: number;
  /** Wait after the last keystroke before searching; 300 ms by default. */
  debounceMs?: number;
}

/** The type filter's value: one kind of document, or `all`. */
export type DocumentTypeChoice = DocumentType | 'all';

export interface DocumentPickerState {
  text: string;
  type: DocumentTypeChoice;
  typeOptions: readonly { value: DocumentTypeChoice; label: string }[];
  open: boolean;
  search: AsyncData<IntranetDocument[]>;
  results: IntranetDocument[];
  /** The message for an empty answer, naming the query it answers. */
  emptyMessage: string;
  /** Said after a pick: which document is now attached. */
  picked: string | undefined;
  locale: KringLocale;
  ids: { status: string; type: string };
  reload: () => void;
  onChange: NonNullable<ComboboxProps['onChange']>;
  onOpenChange: NonNullable<ComboboxProps['onOpenChange']>;
  onOptionSelect: NonNullable<ComboboxProps['onOptionSelect']>;
  onTypeChange: NonNullable<SelectProps['onChange']>;
}

export interface DocumentOptionProps {
  document: IntranetDocument;
  locale: KringLocale;
  styles: DocumentPickerStyles;
}
