import * as React from 'react';
import type { FileUploadButtonProps } from './FileUploadButton.types';
import { renderFileUploadButton } from './renderFileUploadButton';
import { useFileUpload } from './useFileUpload';
import { useFileUploadStyles } from './useFileUploadStyles';

/**
 * Uploads a file from the device to the channel's Files and attaches it: progress with Cancel while it goes, a
 * clear message for a file over the limit (refused before uploading) and for a failure, with Try again.
 */
export function FileUploadButton(props: FileUploadButtonProps): React.ReactElement {
  const state = useFileUpload(props);
  const styles = useFileUploadStyles();
  return renderFileUploadButton(state, styles);
}
