import type { DraftAttachment } from '../../model/composer/Draft';
import type { ChannelRef } from '../../model/feed/mergedFeed';

/** A file to upload: a `File` chosen on the device, or any Blob with a name. */
export type UploadFile = Blob & { readonly name: string };

export interface UploadOptions {
  /** Called as the upload goes on: at the start, after each part SharePoint has stored, and at the end. */
  onProgress?: (sentBytes: number, totalBytes: number) => void;
  /**
   * Aborting stops the upload and rejects with a `cancelled` ServiceError. A file sent in parts is removed again; one
   * sent in a single request (up to the part size) is stored if SharePoint had all of it before the abort.
   */
  signal?: AbortSignal;
}

/** `ServiceError.code` of an upload refused before it started, for a file over `MAX_UPLOAD_BYTES`. */
export const FILE_TOO_LARGE = 'KringFileTooLarge';

/** Files shared in a post: uploaded to the channel's folder in the team's SharePoint site, as Teams keeps them. */
export interface ChannelFilesService {
  /**
   * Uploads the file to the channel's files folder and answers it as an attachment for a post. A name that is taken
   * is never overwritten, so no colleague's file is replaced: the file is stored as `Name (1).ext`, `Name (2).ext`, …
   */
  upload(channel: ChannelRef, file: UploadFile, options?: UploadOptions): Promise<DraftAttachment>;
}
