import type * as React from 'react';
import type { KringLocale } from '../../../../../host/HostInfo';
import type { DraftAttachment } from '../../../../../model/composer/Draft';
import type { ChannelRef } from '../../../../../model/feed/mergedFeed';
import type { ServiceError } from '../../../../../services/ServiceError';

export interface FileUploadButtonProps {
  /** The channel whose Files the upload goes to; the button is disabled while there is none. */
  channel: ChannelRef | undefined;
  /** Called with the uploaded file as the attachment to add to the message. */
  onUploaded: (attachment: DraftAttachment) => void;
  /** Larger files are refused before uploading; `MAX_UPLOAD_BYTES` (250 MB) by default. */
  maxBytes?: number;
  disabled?: boolean;
}

/** Where an upload stands: nothing chosen, under way, refused as too large, failed, cancelled or done. */
export type UploadStatus =
  | { kind: 'idle' }
  | { kind: 'uploading'; file: File; sentBytes: number; totalBytes: number }
  | { kind: 'tooLarge'; file: File }
  | { kind: 'failed'; file: File; error: ServiceError }
  | { kind: 'cancelled'; file: File }
  | { kind: 'done'; attachment: DraftAttachment };

export interface FileUploadState {
  status: UploadStatus;
  maxBytes: number;
  locale: KringLocale;
  disabled: boolean;
  inputRef: React.RefObject<HTMLInputElement>;
  chooseRef: React.RefObject<HTMLButtonElement>;
  choose: () => void;
  onFileChosen: (event: React.ChangeEvent<HTMLInputElement>) => void;
  cancel: () => void;
  retry: () => void;
}
