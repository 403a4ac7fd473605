import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { ErrorState } from '../../../../../components/states/ErrorState';
import type { FileUploadState } from './FileUploadButton.types';
import { tooLargeText, sizeText } from './uploadTexts';
import { UploadProgress } from './UploadProgress';
import type { FileUploadStyles } from './useFileUploadStyles';

/** What happened to the last file, said where a screen reader hears it. */
function renderOutcome(state: FileUploadState, styles: FileUploadStyles): React.ReactNode {
  const { status } = state;
  switch (status.kind) {
    case 'tooLarge':
      return (
        <Text role="alert" className={styles.refused}>
          {tooLargeText(status.file.name, status.file.size, state.maxBytes, state.locale)}
        </Text>
      );
    case 'failed':
      return (
        <>
          <Text role="alert">{strings.UploadFailed.replace('{0}', status.file.name)}</Text>
          <ErrorState compact error={status.error} onRetry={state.retry} />
        </>
      );
    default:
      return null;
  }
}

function statusText(state: FileUploadState): string {
  const { status } = state;
  switch (status.kind) {
    case 'cancelled':
      return strings.UploadCancelled.replace('{0}', status.file.name);
    case 'done':
      return strings.UploadDone.replace('{0}', status.attachment.name);
    default:
      return strings.UploadLimitHint.replace('{0}', sizeText(state.maxBytes, state.locale));
  }
}

export function renderFileUploadButton(state: FileUploadState, styles: FileUploadStyles): React.ReactElement {
  const { status } = state;
  return (
    <div className={styles.root}>
      {status.kind === 'uploading' ? (
        <UploadProgress
          fileName={status.file.name}
          sentBytes={status.sentBytes}
          totalBytes={status.totalBytes}
          locale={state.locale}
          onCancel={state.cancel}
        />
      ) : (
        <div className={styles.chooser}>
          <Button ref={state.chooseRef} icon={<ArrowUploadRegular />} onClick={state.choose} disabled={state.disabled}>
            {strings.UploadChooseFile}
          </Button>
          <Text role="status" size={200} className={styles.hint}>
            {statusText(state)}
          </Text>
        </div>
      )}
      <input
        ref={state.inputRef}
        type="file"
        className={styles.input}
        tabIndex={-1}
        aria-hidden
        onChange={state.onFileChosen}
      />
      {renderOutcome(state, styles)}
    </div>
  );
}
