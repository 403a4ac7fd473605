import { GraphQueryable, graphGet, type GraphFI } from '@pnp/graph';
import '@pnp/graph/teams';
import { SPQueryable, encodePath, spPost, spPostDeleteETag, type ISPQueryable, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { SpFilePayload } from '../../model/documents/documentAttachment';
import type { ChannelRef } from '../../model/feed/mergedFeed';

/** What Kring reads of Graph's `filesFolder` driveItem; the API takes no `$select`, so the whole item comes. */
export interface GraphFilesFolderPayload {
  id?: unknown;
  name?: unknown;
  webUrl?: unknown;
}

export function filesFolderOf(graph: GraphFI, channel: ChannelRef): Promise<GraphFilesFolderPayload> {
  const folder = GraphQueryable(
    graph.teams.getById(channel.groupId),
    `channels/${encodeURIComponent(channel.channelId)}/filesFolder`
  );
  return graphGet<GraphFilesFolderPayload>(folder);
}

function folderAt(sp: SPFI, folderPath: string): ISPQueryable {
  return SPQueryable(sp.web, `getFolderByServerRelativePath(decodedUrl='${encodePath(folderPath)}')`);
}

function fileAt(sp: SPFI, serverRelativeUrl: string): ISPQueryable {
  return SPQueryable(sp.web, `getFileByServerRelativePath(decodedUrl='${encodePath(serverRelativeUrl)}')`);
}

/**
 * `Files/AddUsingPath` without `Overwrite`, so a name that is taken fails (SharePoint's `-2130575257` "A file with
 * the name … already exists") and nobody's file is replaced. An empty body adds the stub a chunked upload fills.
 */
export function addFile(
  sp: SPFI,
  folderPath: string,
  name: string,
  content: Blob | undefined,
  signal: AbortSignal | undefined
): Promise<SpFilePayload> {
  const add = SPQueryable(folderAt(sp, folderPath), `files/AddUsingPath(decodedurl='${encodePath(name)}')`);
  return spPost<SpFilePayload>(add, { body: content ?? '', signal });
}

/** StartUpload and ContinueUpload answer the bytes received so far: an Int64, which OData v3 writes as a string. */
function runningTotal(answer: unknown): number {
  const value =
    typeof answer === 'object' && answer !== null
      ? Object.values(answer as Record<string, unknown>)[0]
      : (answer as unknown);
  return typeof value === 'string' || typeof value === 'number' ? Number(value) : NaN;
}

export interface UploadPart {
  uploadId: string;
  /** Where the part starts: the bytes sent before it. */
  offset: number;
  bytes: Blob;
  signal: AbortSignal | undefined;
}

export async function startUpload(sp: SPFI, serverRelativeUrl: string, part: UploadPart): Promise<number> {
  const call = SPQueryable(fileAt(sp, serverRelativeUrl), `StartUpload(uploadId=guid'${part.uploadId}')`);
  return runningTotal(await spPost(call, { body: part.bytes, signal: part.signal }));
}

export async function continueUpload(sp: SPFI, serverRelativeUrl: string, part: UploadPart): Promise<number> {
  const call = SPQueryable(
    fileAt(sp, serverRelativeUrl),
    `ContinueUpload(uploadId=guid'${part.uploadId}',fileOffset=${part.offset})`
  );
  return runningTotal(await spPost(call, { body: part.bytes, signal: part.signal }));
}

export function finishUpload(sp: SPFI, serverRelativeUrl: string, part: UploadPart): Promise<SpFilePayload> {
  const call = SPQueryable(
    fileAt(sp, serverRelativeUrl),
    `FinishUpload(uploadId=guid'${part.uploadId}',fileOffset=${part.offset})`
  );
  return spPost<SpFilePayload>(call, { body: part.bytes, signal: part.signal });
}

export async function cancelUpload(sp: SPFI, serverRelativeUrl: string, uploadId: string): Promise<void> {
  await spPost(SPQueryable(fileAt(sp, serverRelativeUrl), `CancelUpload(uploadId=guid'${uploadId}')`));
}

export async function deleteFile(sp: SPFI, serverRelativeUrl: string): Promise<void> {
  await spPostDeleteETag(fileAt(sp, serverRelativeUrl));
}
