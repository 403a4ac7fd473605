import * as React from 'react';
import { useEventCallback } from '@fluentui/react-components';
import { insertLink } from './editorCommands';
import { closestWithin, editingRange, restoreSelection, selectionRange } from './editorSelection';
import { linkTarget } from './linkTarget';
import type { LinkFormState, RichTextEditorStrings } from './RichTextEditor.types';

export interface LinkForm extends LinkFormState {
  /** Opens the form for the selection: its text, and the address of the link it is in. */
  show: () => void;
  /** Closes the form if it is open; whether it was. */
  closeIfOpen: () => boolean;
}

interface LinkFields {
  address: string;
  text: string;
  error: string | undefined;
  onAddressChange: (value: string) => void;
  onTextChange: (value: string) => void;
  setError: (value: string | undefined) => void;
  reset: (address: string, text: string) => void;
}

function useLinkFields(): LinkFields {
  const [address, setAddress] = React.useState('');
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const onAddressChange = React.useCallback((value: string) => {
    setAddress(value);
    setError(undefined);
  }, []);
  const reset = React.useCallback((nextAddress: string, nextText: string) => {
    setAddress(nextAddress);
    setText(nextText);
    setError(undefined);
  }, []);
  return { address, text, error, onAddressChange, onTextChange: setText, setError, reset };
}

/** The form lives inside the composer: its keys stay here, where they would otherwise close a dialog or send. */
function formKey(event: React.KeyboardEvent<HTMLElement>, cancel: () => void, apply: () => void): void {
  const enterInField = event.key === 'Enter' && (event.target as HTMLElement).localName === 'input';
  if (event.key !== 'Escape' && !enterInField) return;
  event.preventDefault();
  event.stopPropagation();
  if (enterInField) apply();
  else cancel();
}

/** The small form Ctrl+K and the Link button open: address and text, checked before the link goes in. */
export function useLinkForm(
  rootRef: React.RefObject<HTMLDivElement>,
  strings: RichTextEditorStrings,
  savedRange: () => Range | undefined,
  afterChange: () => void
): LinkForm {
  const [open, setOpen] = React.useState(false);
  const fields = useLinkFields();
  const { address, text, setError } = fields;
  const range = React.useRef<Range | undefined>(undefined);
  const addressRef = React.useRef<HTMLInputElement>(null);

  React.useEffect(() => {
    if (open) addressRef.current?.focus();
  }, [open]);

  const show = useEventCallback(() => {
    const root = rootRef.current;
    if (!root) return;
    const selected = (selectionRange(root) ?? savedRange() ?? editingRange(root)).cloneRange();
    const link = closestWithin(selected.commonAncestorContainer, 'a', root);
    range.current = selected;
    fields.reset(link?.getAttribute('href') ?? '', link ? (link.textContent ?? '') : selected.toString());
    setOpen(true);
  });

  const cancel = useEventCallback(() => {
    setOpen(false);
    if (rootRef.current) restoreSelection(rootRef.current, range.current);
  });

  const apply = useEventCallback(() => {
    const root = rootRef.current;
    const href = linkTarget(address);
    if (!href) {
      setError(strings.linkInvalid);
      addressRef.current?.focus();
      return;
    }
    setOpen(false);
    if (!root) return;
    restoreSelection(root, range.current);
    insertLink(root, range.current ?? editingRange(root), href, text.trim() === '' ? address.trim() : text);
    afterChange();
  });

  const onKeyDown = useEventCallback((event: React.KeyboardEvent<HTMLElement>) => formKey(event, cancel, apply));
  const closeIfOpen = useEventCallback(() => {
    if (open) cancel();
    return open;
  });
  return { ...fields, open, addressRef, onKeyDown, apply, cancel, show, closeIfOpen };
}
