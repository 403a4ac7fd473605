import { accessDenied } from '../http/spError';
import type { SpRequest } from '../http/spRoute';
import { fileNotFound, serverRelative } from '../sites/documentLibrary';
import { hasPermission, PERMISSION_KIND } from '../sites/permissions';
import type { StoredFile } from '../store/fileStore';
import { addressOf } from './fileAddressing';

/** Adding or changing a file needs Add Items on the site (Edit and Contribute hold it; Read does not). */
export function requireWrite(request: SpRequest): void {
  if (!hasPermission(request.permissions, PERMISSION_KIND.addListItems)) {
    throw accessDenied();
  }
}

/** Deleting a file needs Delete Items on the site (Edit and Contribute hold it; Read does not). */
export function requireDelete(request: SpRequest): void {
  if (!hasPermission(request.permissions, PERMISSION_KIND.deleteListItems)) {
    throw accessDenied();
  }
}

/** The file a FILE match names on the request's site, or 404. */
export function fileAt(request: SpRequest, match: RegExpExecArray): StoredFile {
  const url = serverRelative(request.site, addressOf(match, 1));
  const file = request.store.files.find(url);
  if (!file || !file.serverRelativeUrl.toLowerCase().startsWith(`${request.site.path.toLowerCase()}/`)) {
    throw fileNotFound();
  }
  return file;
}
