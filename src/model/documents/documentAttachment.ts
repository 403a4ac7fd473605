import type { DraftAttachment } from '../composer/Draft';
import { normalisedUniqueId } from './documentSearchRows';
import type { IntranetDocument } from './IntranetDocument';
import { absoluteSpUrl, lastSegment } from './spUrls';

/** A found document as the attachment a message shares: Teams' card shows the file name and opens the URL. */
export function toDraftAttachment(document: IntranetDocument): DraftAttachment {
  return { id: document.uniqueId, name: document.fileName, url: document.url };
}

/** What SharePoint REST answers for a stored file (`SP.File`) that an attachment is made from. */
export interface SpFilePayload {
  UniqueId?: unknown;
  ServerRelativeUrl?: unknown;
  Name?: unknown;
}

/** An uploaded file as an attachment, from SharePoint's answer; undefined when that lacks the id or the path. */
export function uploadedFileAttachment(file: SpFilePayload, origin: string): DraftAttachment | undefined {
  const id = normalisedUniqueId(file.UniqueId);
  const path = typeof file.ServerRelativeUrl === 'string' ? file.ServerRelativeUrl : '';
  if (!id || !path.startsWith('/') || lastSegment(path) === '') {
    return undefined;
  }
  const name = typeof file.Name === 'string' && file.Name.trim() !== '' ? file.Name : lastSegment(path);
  return { id, name, url: absoluteSpUrl(origin, path) };
}
