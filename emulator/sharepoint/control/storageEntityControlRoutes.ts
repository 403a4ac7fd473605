import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest, GraphError } from '../../shared/http/errors';
import { resolvedValue, type StorageEntity, type StorageEntityStore } from '../store/storageEntityStore';

const FIELDS = new Set(['value', 'description', 'comment']);
const MAX_VALUE_LENGTH = 32_000;

function optionalText(input: Record<string, unknown>, name: string): string | null {
  const value = input[name];
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value !== 'string' || value.length > 1000) {
    throw badRequest(`'${name}' must be a string of at most 1000 characters.`);
  }
  return value;
}

function entityFrom(key: string, body: unknown): StorageEntity {
  if (key.trim() === '' || key.length > 255) {
    throw badRequest('The key must be 1 to 255 characters.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Expected a JSON object {"value": "…", "description"?: "…", "comment"?: "…"}.');
  }
  const input = body as Record<string, unknown>;
  const unknown = Object.keys(input).filter((name) => !FIELDS.has(name));
  if (unknown.length > 0) {
    throw badRequest(`Unknown field(s): ${unknown.join(', ')}.`);
  }
  if (typeof input.value !== 'string' || input.value.length > MAX_VALUE_LENGTH) {
    throw badRequest(`'value' must be a string of at most ${MAX_VALUE_LENGTH} characters.`);
  }
  return {
    key,
    value: input.value,
    description: optionalText(input, 'description'),
    comment: optionalText(input, 'comment')
  };
}

function shown(request: FastifyRequest, entity: StorageEntity): StorageEntity {
  return { ...entity, value: resolvedValue(entity, `${request.protocol}://${request.headers.host ?? 'localhost'}`) };
}

/**
 * Setting and removing tenant properties, as `Set-PnPStorageEntity` / `Remove-PnPStorageEntity` do in a tenant
 * (where they need an app catalog admin); no auth here, like the rest of the control API.
 */
export function registerStorageEntityControlRoutes(app: FastifyInstance, store: StorageEntityStore): void {
  app.get('/_emulator/storage-entities', async (request) => store.all().map((entity) => shown(request, entity)));
  app.get('/_emulator/storage-entities/:key', async (request) => {
    const { key } = request.params as { key: string };
    const entity = store.get(key);
    if (!entity) {
      throw new GraphError(404, 'NotFound', `No storage entity '${key.slice(0, 100)}'.`);
    }
    return shown(request, entity);
  });
  app.put('/_emulator/storage-entities/:key', async (request) => {
    const entity = entityFrom((request.params as { key: string }).key, request.body);
    store.set(entity);
    return shown(request, entity);
  });
  app.delete('/_emulator/storage-entities/:key', async (request, reply) => {
    store.delete((request.params as { key: string }).key);
    return reply.code(204).send();
  });
}
