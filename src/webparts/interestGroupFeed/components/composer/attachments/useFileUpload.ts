import * as React from 'react';
import { useHost } from '../../../../../host/HostContext';
import { MAX_UPLOAD_BYTES } from '../../../../../model/documents/uploadLimit';
import type { FileUploadButtonProps, FileUploadState } from './FileUploadButton.types';
import { useUploadRun } from './useUploadRun';

/** Cancel and the progress go when an upload ends: the focus returns to the button rather than to the page. */
function useFocusAfterUpload(uploading: boolean, button: React.RefObject<HTMLButtonElement>): void {
  const wasUploading = React.useRef(false);
  React.useEffect(() => {
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (wasUploading.current && !uploading && focusLost) {
      button.current?.focus();
    }
    wasUploading.current = uploading;
  }, [uploading, button]);
}

/**
 * Props to state for `FileUploadButton`: the chosen file, refused when too large, uploaded to the channel with its
 * progress; Cancel aborts it, and a failed one can be tried again.
 */
export function useFileUpload(props: FileUploadButtonProps): FileUploadState {
  const { channel, onUploaded, maxBytes = MAX_UPLOAD_BYTES } = props;
  const { locale } = useHost();
  const { status, setStatus, start, cancel } = useUploadRun(channel, onUploaded);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const chooseRef = React.useRef<HTMLButtonElement>(null);
  useFocusAfterUpload(status.kind === 'uploading', chooseRef);

  const onFileChosen = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // The same file can be chosen again after a failure or a cancel.
    event.target.value = '';
    if (!file) {
      return;
    }
    if (file.size > maxBytes) {
      setStatus({ kind: 'tooLarge', file });
    } else {
      start(file);
    }
  };

  return {
    status,
    maxBytes,
    locale,
    disabled: props.disabled === true || !channel || status.kind === 'uploading',
    inputRef,
    chooseRef,
    choose: () => inputRef.current?.click(),
    onFileChosen,
    cancel,
    retry: () => status.kind === 'failed' && start(status.file)
  };
}
