import * as React from 'react';
import { Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { preloadable } from '../../../../../components/lazy/preloadable';
import type { AttachmentChipsProps } from './AttachmentChips.types';
import type { DocumentPickerProps } from './DocumentPicker.types';
import type { FileUploadButtonProps } from './FileUploadButton.types';

const load = (): Promise<typeof import('./index')> =>
  import(/* webpackChunkName: 'kring-composer-attachments' */ './index');

function AttachmentsUnavailable(): React.ReactElement {
  return <Text role="alert">{strings.AttachmentsLoadFailed}</Text>;
}

const documentPicker = preloadable<DocumentPickerProps>(
  () => load().then((m) => m.DocumentPicker),
  AttachmentsUnavailable
);
const fileUploadButton = preloadable<FileUploadButtonProps>(
  () => load().then((m) => m.FileUploadButton),
  AttachmentsUnavailable
);
const attachmentChips = preloadable<AttachmentChipsProps>(
  () => load().then((m) => m.AttachmentChips),
  AttachmentsUnavailable
);

/** `DocumentPicker`, its code (with the search and the result list) loaded when the composer first shows it. */
export const LazyDocumentPicker = documentPicker.Component;

/** `FileUploadButton`, loaded with the other document parts. */
export const LazyFileUploadButton = fileUploadButton.Component;

/** `AttachmentChips`, loaded with the other document parts (a draft with attachments shows them at once). */
export const LazyAttachmentChips = attachmentChips.Component;

/** Starts loading the document parts, e.g. when the composer opens. */
export function preloadAttachments(): Promise<void> {
  return Promise.all([documentPicker.preload(), fileUploadButton.preload(), attachmentChips.preload()]).then(
    () => undefined
  );
}
