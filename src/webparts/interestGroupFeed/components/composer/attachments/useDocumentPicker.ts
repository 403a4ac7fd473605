import * as React from 'react';
import { useId } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { isEmptyList } from '../../../../../hooks/AsyncData';
import { useDebouncedQuery } from '../../../../../hooks/useDebouncedQuery';
import { useHost } from '../../../../../host/HostContext';
import { toDraftAttachment } from '../../../../../model/documents/documentAttachment';
import { asTyped, documentQueryText } from '../../../../../model/documents/documentKql';
import { DOCUMENT_TYPES, type IntranetDocument } from '../../../../../model/documents/IntranetDocument';
import { useServices } from '../../../../../services/ServicesContext';
import { documentTypeLabel } from './documentTypeIcon';
import type { DocumentPickerProps, DocumentPickerState, DocumentTypeChoice } from './DocumentPicker.types';

const NO_RESULTS: IntranetDocument[] = [];

const TYPE_OPTIONS: DocumentPickerState['typeOptions'] = [
  { value: 'all', label: strings.DocumentTypeAll },
  ...DOCUMENT_TYPES.map((type) => ({ value: type, label: documentTypeLabel(type) }))
];

const isTypeChoice = (value: string): value is DocumentTypeChoice =>
  TYPE_OPTIONS.some((option) => option.value === value);

/** Searches the same words again when the type filter changes (not on the first render). */
function useReloadOnChange(type: DocumentTypeChoice, reload: () => void): void {
  const first = React.useRef(true);
  React.useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [type, reload]);
}

/** Props to state for `DocumentPicker`: the typed words, the type filter, the debounced search and the pick. */
export function useDocumentPicker(props: DocumentPickerProps): DocumentPickerState {
  const { onPick, top = 20, debounceMs = 300 } = props;
  const { documents } = useServices();
  const { locale } = useHost();
  const [text, setText] = React.useState('');
  const [type, setType] = React.useState<DocumentTypeChoice>('all');
  const [wantsOpen, setWantsOpen] = React.useState(false);
  const [picked, setPicked] = React.useState<string | undefined>(undefined);
  const search = React.useCallback(
    (words: string) => documents.search(asTyped(words), { type: type === 'all' ? undefined : type, top }),
    [documents, type, top]
  );
  const { state, settledQuery, reload } = useDebouncedQuery<IntranetDocument[]>(text, search, {
    delayMs: debounceMs,
    minLength: 2,
    // Only punctuation or `*` has nothing to search for: no request, the hint stays.
    enabled: documentQueryText(text) !== undefined,
    isEmpty: isEmptyList
  });
  const results = state.status === 'ready' ? state.data : NO_RESULTS;

  useReloadOnChange(type, reload);

  return {
    text,
    type,
    typeOptions: TYPE_OPTIONS,
    open: wantsOpen && results.length > 0,
    search: state,
    results,
    emptyMessage: strings.DocumentPickerNoResults.replace('{0}', settledQuery),
    picked,
    locale,
    ids: { status: useId('document-picker-status'), type: useId('document-picker-type') },
    reload,
    onChange: (event) => {
      setText(event.target.value);
      setWantsOpen(true);
      setPicked(undefined);
    },
    onOpenChange: (_, data) => setWantsOpen(data.open),
    onOptionSelect: (_, data) => {
      const document = results.find((candidate) => candidate.uniqueId === data.optionValue);
      if (document) {
        setText('');
        setWantsOpen(false);
        setPicked(strings.DocumentPickerAdded.replace('{0}', document.fileName));
        onPick(toDraftAttachment(document));
      }
    },
    onTypeChange: (_, data) => isTypeChoice(data.value) && setType(data.value)
  };
}
