import { SharePointError, SP_ERROR_CODES } from '../http/spError';
import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import type { StoredFile } from '../store/fileStore';
import { fileBody } from '../odata/fileShape';
import { existingFolder } from '../sites/documentLibrary';
import { fileAt, requireDelete, requireWrite } from './fileAccess';
import { addressOf, booleanParameter, callParameters, FILE, FOLDER } from './fileAddressing';

const INVALID_NAME = /["*:<>?/\\|]|^\s*$|^\.|\.$/;

function addFile(request: SpRequest, match: RegExpExecArray, nameParameter: string): SpResponse {
  requireWrite(request);
  const folder = existingFolder(request.store, request.site, addressOf(match, 1));
  const parameters = callParameters(match[3]);
  const name = parameters.get(nameParameter) ?? '';
  if (INVALID_NAME.test(name) || name.length > 400) {
    throw new SharePointError(400, SP_ERROR_CODES.argument, `The file name '${name.slice(0, 100)}' is not valid.`);
  }
  const existing = request.store.files.find(`${folder}/${name}`);
  if (existing && !booleanParameter(parameters, 'overwrite')) {
    throw new SharePointError(
      400,
      '-2130575257, Microsoft.SharePoint.SPException',
      `A file with the name ${existing.serverRelativeUrl} already exists.`
    );
  }
  const file = request.store.files.write(
    folder,
    existing?.name ?? name,
    request.fileContent ?? Buffer.alloc(0),
    request.userId ?? ''
  );
  return fileBody(request, file);
}

function fileContent(request: SpRequest, match: RegExpExecArray): SpResponse {
  const file = fileAt(request, match);
  const raw = request.store.files.content(file.serverRelativeUrl) ?? Buffer.alloc(0);
  return {
    status: 200,
    raw,
    headers: { 'Content-Type': 'application/octet-stream', ETag: fileEtag(file) }
  };
}

const fileEtag = (file: StoredFile): string => `"{${file.uniqueId.toUpperCase()}},${file.version}"`;

/** `If-Match: *` (what PnPjs sends) or the file's current ETag; anything else is a 412, as for list items. */
function checkIfMatch(request: SpRequest, file: StoredFile): void {
  const ifMatch = request.headers['if-match']?.trim();
  if (ifMatch === undefined || ifMatch === '*' || ifMatch.replace(/^W\//, '') === fileEtag(file)) {
    return;
  }
  throw new SharePointError(
    412,
    SP_ERROR_CODES.clientService,
    `The request ETag value '${ifMatch}' does not match the object's ETag value '${fileEtag(file)}'.`
  );
}

/** `DELETE` (or a POST with `X-HTTP-Method: DELETE`): the file goes, and so does an upload session open on it. */
function deleteFile(request: SpRequest, match: RegExpExecArray): SpResponse {
  requireDelete(request);
  const file = fileAt(request, match);
  checkIfMatch(request, file);
  request.store.files.remove(file.serverRelativeUrl);
  return { status: 200 };
}

/**
 * Files in a team site's Documents library ("Working with folders and files with REST"): add (whole, or an empty
 * stub for a chunked upload), read the metadata, read the bytes with `$value`, delete.
 */
export const FILE_ROUTES: SpRoute[] = [
  {
    pattern: new RegExp(`^${FOLDER}/files/add\\((.*)\\)$`, 'i'),
    methods: ['POST'],
    handle: (request, match) => addFile(request, match, 'url')
  },
  {
    pattern: new RegExp(`^${FOLDER}/files/addusingpath\\((.*)\\)$`, 'i'),
    methods: ['POST'],
    handle: (request, match) => addFile(request, match, 'decodedurl')
  },
  {
    pattern: new RegExp(`^${FILE}$`, 'i'),
    methods: ['GET', 'DELETE'],
    handle: (request, match) =>
      request.method === 'DELETE' ? deleteFile(request, match) : fileBody(request, fileAt(request, match))
  },
  { pattern: new RegExp(`^${FILE}/\\$value$`, 'i'), methods: ['GET'], handle: fileContent }
];
