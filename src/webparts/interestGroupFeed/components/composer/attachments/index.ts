/** The composer's document parts, one chunk loaded when the composer first shows them (see lazyAttachments). */
export { AttachmentChips } from './AttachmentChips';
export type { AttachmentChipsProps } from './AttachmentChips.types';
export { DocumentPicker } from './DocumentPicker';
export type { DocumentPickerProps } from './DocumentPicker.types';
export { FileUploadButton } from './FileUploadButton';
export type { FileUploadButtonProps } from './FileUploadButton.types';
export { UploadProgress, type UploadProgressProps } from './UploadProgress';
