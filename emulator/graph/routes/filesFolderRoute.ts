import { createHash } from 'crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { channelFolderPath } from '../../shared/store/libraryFiles';
import { contextUrl } from '../odata/queryOptions';
import type { GraphStore } from '../store/graphStore';
import { allowQueryOptions } from './routeHelpers';
import { accessibleChannel } from './teamAccess';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A driveItem id in Graph's form ("01" and 32 base32 characters), stable per folder. */
function driveItemId(path: string): string {
  const digest = createHash('sha1').update(path.toLowerCase()).digest();
  return `01${Array.from(digest.subarray(0, 20), (byte) => BASE32[byte % 32]).join('')}${'A'.repeat(12)}`;
}

/** A drive id in Graph's form (`b!` and base64url), stable per site. */
function driveId(siteName: string): string {
  return `b!${createHash('sha256').update(`drive:${siteName.toLowerCase()}`).digest('base64url').slice(0, 62)}`;
}

function filesFolder(store: GraphStore, request: FastifyRequest): Record<string, unknown> {
  allowQueryOptions(request, []);
  const { team, channel } = accessibleChannel(store, request);
  const siteName = team.mailNickname ?? team.id;
  const path = channelFolderPath(siteName, channel.displayName);
  const summary = store.channelFolders.summaryOf(path);
  const created = team.createdDateTime.replace(/\.\d{3}Z$/, 'Z');
  const modified = summary.lastModified ?? created;
  const origin = `${request.protocol}://${request.headers.host ?? 'localhost'}`;
  return {
    '@odata.context': contextUrl(
      request,
      `teams('${team.id}')/channels('${encodeURIComponent(channel.id)}')/filesFolder/$entity`
    ),
    id: driveItemId(path),
    createdDateTime: created,
    lastModifiedDateTime: modified,
    name: channel.displayName,
    webUrl: `${origin}${encodeURI(path)}`,
    size: summary.size,
    parentReference: { driveId: driveId(siteName), driveType: 'documentLibrary' },
    fileSystemInfo: { createdDateTime: created, lastModifiedDateTime: modified },
    folder: { childCount: summary.childCount }
  };
}

/**
 * `GET /teams/{id}/channels/{id}/filesFolder` ("Get filesFolder"): the driveItem of the channel's folder in the
 * team site's Documents library, where Teams keeps the channel's files. No query options.
 */
export function registerFilesFolderRoute(app: FastifyInstance, store: GraphStore): void {
  app.get('/v1.0/teams/:teamId/channels/:channelId/filesFolder', async (request) => filesFolder(store, request));
}
