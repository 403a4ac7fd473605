import type { GraphFI } from '@pnp/graph';
import { getGUID } from '@pnp/core';
import type { SPFI } from '@pnp/sp';
import type { DraftAttachment } from '../../model/composer/Draft';
import { channelFolderOf, type ChannelFolder } from '../../model/documents/channelFolder';
import { uploadedFileAttachment, type SpFilePayload } from '../../model/documents/documentAttachment';
import { numberedFileName, safeFileName } from '../../model/documents/fileNames';
import { isTooLargeToUpload, MAX_UPLOAD_BYTES } from '../../model/documents/uploadLimit';
import { channelKey, type ChannelRef } from '../../model/feed/mergedFeed';
import { logFailure } from '../logFailure';
import { ServiceError } from '../ServiceError';
import { toServiceError } from '../toServiceError';
import {
  addFile,
  cancelUpload,
  continueUpload,
  deleteFile,
  filesFolderOf,
  finishUpload,
  startUpload,
  type UploadPart
} from './channelFileCalls';
import { FILE_TOO_LARGE, type ChannelFilesService, type UploadFile, type UploadOptions } from './ChannelFilesService';

export interface ChannelFilesOptions {
  /** Files up to this size go in one request, larger ones in parts of this size. 10 MiB by default. */
  chunkSize?: number;
  /** How many numbered names (`Name (1).ext`, …) are tried when the name is taken. 50 by default. */
  maxNameAttempts?: number;
}

const DEFAULTS: Required<ChannelFilesOptions> = { chunkSize: 10 * 1024 * 1024, maxNameAttempts: 50 };

/** SharePoint's error code for "A file with the name … already exists". */
const NAME_TAKEN = '-2130575257';

const cancelled = (): ServiceError => new ServiceError('cancelled', 'The upload was cancelled.');

/**
 * Finds the channel's folder through Graph (`filesFolder`, `Files.Read.All`) and uploads with SharePoint REST to the
 * team's site in the user's own SharePoint session, so no Graph write permission is needed.
 */
export class SpChannelFilesService implements ChannelFilesService {
  private readonly options: Required<ChannelFilesOptions>;
  private readonly folders = new Map<string, Promise<ChannelFolder>>();

  public constructor(
    private readonly graph: GraphFI,
    private readonly spFor: (siteUrl: string) => SPFI,
    options: ChannelFilesOptions = {}
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  public async upload(channel: ChannelRef, file: UploadFile, options: UploadOptions = {}): Promise<DraftAttachment> {
    const { signal, onProgress } = options;
    if (isTooLargeToUpload(file.size)) {
      throw logFailure(
        'channelFiles.upload',
        new ServiceError('invalid', `The file is larger than ${MAX_UPLOAD_BYTES} bytes.`, { code: FILE_TOO_LARGE })
      );
    }
    if (signal?.aborted) {
      throw cancelled();
    }
    const folder = await this.folderOf(channel);
    const sp = this.spFor(folder.siteUrl);
    try {
      onProgress?.(0, file.size);
      const stored =
        file.size <= this.options.chunkSize
          ? await this.withFreeName(file.name, (name) => addFile(sp, folder.folderPath, name, file, signal))
          : await this.uploadInParts(sp, folder, file, options);
      onProgress?.(file.size, file.size);
      return this.attachmentOf(stored, folder);
    } catch (error) {
      if (signal?.aborted) {
        throw cancelled();
      }
      throw logFailure('channelFiles.upload', await toServiceError(error));
    }
  }

  /** The channel's folder, asked of Graph once per channel for the session (a failed answer is asked again). */
  private folderOf(channel: ChannelRef): Promise<ChannelFolder> {
    const key = channelKey(channel);
    let folder = this.folders.get(key);
    if (!folder) {
      folder = this.readFolder(channel);
      this.folders.set(key, folder);
      folder.catch(() => this.folders.delete(key));
    }
    return folder;
  }

  private async readFolder(channel: ChannelRef): Promise<ChannelFolder> {
    const payload = await filesFolderOf(this.graph, channel).catch(async (error: unknown) => {
      throw logFailure('channelFiles.filesFolder', await toServiceError(error));
    });
    const folder = channelFolderOf(payload.webUrl);
    if (!folder) {
      throw logFailure(
        'channelFiles.filesFolder',
        new ServiceError('failed', "Graph answered the channel's files folder without a SharePoint folder URL.")
      );
    }
    return folder;
  }

  /** Tries the name, then `Name (1).ext`, `Name (2).ext`, … while SharePoint says the name is taken. */
  private async withFreeName(fileName: string, add: (name: string) => Promise<SpFilePayload>): Promise<SpFilePayload> {
    const name = safeFileName(fileName);
    for (let attempt = 0; attempt < this.options.maxNameAttempts; attempt++) {
      try {
        return await add(numberedFileName(name, attempt));
      } catch (error) {
        const failure = await toServiceError(error);
        if (!failure.code?.startsWith(NAME_TAKEN) && failure.kind !== 'conflict') {
          throw failure;
        }
      }
    }
    throw new ServiceError('conflict', `Files named like ${name} already exist in this channel's folder.`);
  }

  /**
   * A stub under a free name, then StartUpload, ContinueUpload… and FinishUpload in parts of `chunkSize`. Whatever
   * stops it (cancel, a failure) ends the session and removes the stub, so no partial file is left behind.
   */
  private async uploadInParts(
    sp: SPFI,
    folder: ChannelFolder,
    file: UploadFile,
    { signal, onProgress }: UploadOptions
  ): Promise<SpFilePayload> {
    const stub = await this.withFreeName(file.name, (name) => addFile(sp, folder.folderPath, name, undefined, signal));
    const path = typeof stub.ServerRelativeUrl === 'string' ? stub.ServerRelativeUrl : '';
    if (!path.startsWith('/')) {
      throw new ServiceError('failed', 'SharePoint answered the new file without its path.');
    }
    const uploadId = getGUID();
    let offset = 0;
    try {
      while (offset + this.options.chunkSize < file.size) {
        if (signal?.aborted) {
          throw cancelled();
        }
        const part: UploadPart = {
          uploadId,
          offset,
          bytes: file.slice(offset, offset + this.options.chunkSize),
          signal
        };
        const received = await (offset === 0 ? startUpload(sp, path, part) : continueUpload(sp, path, part));
        if (received !== offset + part.bytes.size) {
          throw new ServiceError(
            'failed',
            `SharePoint has ${received} bytes of the upload, not ${offset + part.bytes.size}.`
          );
        }
        offset = received;
        onProgress?.(offset, file.size);
      }
      return await finishUpload(sp, path, { uploadId, offset, bytes: file.slice(offset), signal });
    } catch (error) {
      await discard(sp, path, uploadId);
      throw error;
    }
  }

  private attachmentOf(stored: SpFilePayload, folder: ChannelFolder): DraftAttachment {
    const attachment = uploadedFileAttachment(stored, folder.origin);
    if (!attachment) {
      throw new ServiceError('failed', "SharePoint answered the upload without the file's unique id or path.");
    }
    return attachment;
  }
}

/**
 * Ends the upload session (if it was started: a part may have been stored before its answer was lost) and removes
 * the stub; best effort, as the upload has failed or been cancelled already.
 */
async function discard(sp: SPFI, path: string, uploadId: string): Promise<void> {
  await cancelUpload(sp, path, uploadId).catch(() => undefined);
  await deleteFile(sp, path).catch(() => undefined);
}
