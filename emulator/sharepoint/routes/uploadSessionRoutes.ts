import { SharePointError, SP_ERROR_CODES } from '../http/spError';
import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import { fileBody, int64Body } from '../odata/fileShape';
import type { StoredFile, UploadSession } from '../store/fileStore';
import { fileAt, requireWrite } from './fileAccess';
import { callParameters, FILE } from './fileAddressing';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface UploadCall {
  file: StoredFile;
  uploadId: string;
  fileOffset: number | undefined;
  fragment: Buffer;
}

function argument(message: string): SharePointError {
  return new SharePointError(400, SP_ERROR_CODES.argument, message);
}

function uploadCall(request: SpRequest, match: RegExpExecArray): UploadCall {
  requireWrite(request);
  const file = fileAt(request, match);
  const parameters = callParameters(match[4]);
  const uploadId = parameters.get('uploadid') ?? '';
  if (!GUID.test(uploadId)) {
    throw argument("The parameter 'uploadId' must be a GUID, e.g. uploadId=guid'…'.");
  }
  const offset = parameters.get('fileoffset');
  if (offset !== undefined && !/^\d{1,15}$/.test(offset)) {
    throw argument("The parameter 'fileOffset' must be a whole number of bytes.");
  }
  return {
    file,
    uploadId: uploadId.toLowerCase(),
    fileOffset: offset === undefined ? undefined : Number(offset),
    fragment: request.fileContent ?? Buffer.alloc(0)
  };
}

/** The session a call continues: it must exist for this file and user, and the offset must be where it ends. */
function openSession(request: SpRequest, call: UploadCall): UploadSession {
  const session = request.store.files.session(call.uploadId);
  if (
    !session ||
    session.serverRelativeUrl.toLowerCase() !== call.file.serverRelativeUrl.toLowerCase() ||
    session.userId !== request.userId
  ) {
    throw argument(`There is no upload session ${call.uploadId} for ${call.file.serverRelativeUrl}.`);
  }
  if (call.fileOffset === undefined) {
    throw argument("The parameter 'fileOffset' is required.");
  }
  if (call.fileOffset !== session.received) {
    throw argument(`The fileOffset ${call.fileOffset} does not match the ${session.received} bytes uploaded so far.`);
  }
  return session;
}

/** Starts a session with the first fragment; repeating the same start is harmless, as the method is idempotent. */
function startUpload(request: SpRequest, call: UploadCall): SpResponse {
  const existing = request.store.files.session(call.uploadId);
  if (existing) {
    const same = existing.serverRelativeUrl.toLowerCase() === call.file.serverRelativeUrl.toLowerCase();
    if (!same || existing.userId !== request.userId || existing.received !== call.fragment.length) {
      throw argument(`The upload session ${call.uploadId} has already been started.`);
    }
    return int64Body(request, 'StartUpload', existing.received);
  }
  request.store.files.startSession(
    {
      uploadId: call.uploadId,
      serverRelativeUrl: call.file.serverRelativeUrl,
      received: call.fragment.length,
      userId: request.userId ?? ''
    },
    call.fragment
  );
  return int64Body(request, 'StartUpload', call.fragment.length);
}

function continueUpload(request: SpRequest, call: UploadCall): SpResponse {
  const session = openSession(request, call);
  return int64Body(request, 'ContinueUpload', request.store.files.append(session, call.fragment));
}

/** Commits the file: everything received plus the last fragment becomes its new content. */
function finishUpload(request: SpRequest, call: UploadCall): SpResponse {
  const session = openSession(request, call);
  const content = Buffer.concat([request.store.files.takeSessionBytes(session.uploadId), call.fragment]);
  const slash = call.file.serverRelativeUrl.lastIndexOf('/');
  const folder = call.file.serverRelativeUrl.slice(0, slash);
  return fileBody(request, request.store.files.write(folder, call.file.name, content, request.userId ?? ''));
}

/** Ends the session without saving; the file keeps its content. */
function cancelUpload(request: SpRequest, call: UploadCall): SpResponse {
  request.store.files.endSession(call.uploadId);
  return { status: 200, body: { 'odata.null': true } };
}

const STEPS: Record<string, (request: SpRequest, call: UploadCall) => SpResponse> = {
  startupload: startUpload,
  continueupload: continueUpload,
  finishupload: finishUpload,
  cancelupload: cancelUpload
};

/**
 * Chunked upload (`File.StartUpload`, `ContinueUpload`, `FinishUpload`, `CancelUpload`): StartUpload and
 * ContinueUpload answer the running total of bytes, which the next call passes as `fileOffset`; FinishUpload
 * commits and answers the file.
 */
export const UPLOAD_SESSION_ROUTES: SpRoute[] = [
  {
    pattern: new RegExp(`^${FILE}/(startupload|continueupload|finishupload|cancelupload)\\((.*)\\)$`, 'i'),
    methods: ['POST'],
    handle: (request, match) => STEPS[match[3].toLowerCase()](request, uploadCall(request, match))
  }
];
