import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphError } from '../../shared/http/errors';
import type { UserRow } from '../../shared/store/rows';
import { contextUrl } from '../odata/queryOptions';
import { DEFAULT_PHOTO_SIZE, PHOTO_SIZES, PhotoCache } from '../photos/avatar';
import type { GraphStore } from '../store/graphStore';
import { allowQueryOptions, targetUser, userPaths } from './routeHelpers';

const imageNotFound = (): GraphError =>
  new GraphError(
    404,
    'ImageNotFound',
    "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."
  );

function sizeFrom(request: FastifyRequest): number {
  const { size } = request.params as { size?: string };
  if (size === undefined) {
    return DEFAULT_PHOTO_SIZE;
  }
  const match = /^(\d+)x(\d+)$/i.exec(size);
  const pixels = match && match[1] === match[2] ? Number(match[1]) : NaN;
  if (!(PHOTO_SIZES as readonly number[]).includes(pixels)) {
    throw imageNotFound();
  }
  return pixels;
}

function userWithPhoto(store: GraphStore, request: FastifyRequest): UserRow {
  const user = targetUser(store, request);
  if (user.hasPhoto !== 1) {
    throw imageNotFound();
  }
  return user;
}

/** Profile photos: generated portraits for users that have one, 404 ImageNotFound for the others. */
export function registerPhotoRoutes(app: FastifyInstance, store: GraphStore): void {
  const cache = new PhotoCache();
  for (const path of [...userPaths('/photo/$value'), ...userPaths('/photos/:size/$value')]) {
    app.get(path, async (request, reply) => {
      allowQueryOptions(request, []);
      const size = sizeFrom(request);
      const user = userWithPhoto(store, request);
      return reply
        .code(200)
        .header('Content-Type', 'image/png')
        .header('ETag', `"${user.id}-${size}"`)
        .header('Cache-Control', 'private, max-age=3600')
        .send(cache.get(user.id, size));
    });
  }
  for (const path of [...userPaths('/photo'), ...userPaths('/photos/:size')]) {
    app.get(path, async (request) => {
      allowQueryOptions(request, ['$select']);
      const size = sizeFrom(request);
      userWithPhoto(store, request);
      return {
        '@odata.context': contextUrl(request, 'users/photo/$entity'),
        '@odata.mediaContentType': 'image/png',
        id: `${size}X${size}`,
        height: size,
        width: size
      };
    });
  }
  for (const path of userPaths('/photos')) {
    app.get(path, async (request) => {
      userWithPhoto(store, request);
      return {
        '@odata.context': contextUrl(request, 'users/photos'),
        value: PHOTO_SIZES.map((size) => ({
          '@odata.mediaContentType': 'image/png',
          id: `${size}X${size}`,
          height: size,
          width: size
        }))
      };
    });
  }
}
