import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import { resolvedValue, type StorageEntity } from '../store/storageEntityStore';

const ENTITY_TYPE = 'Microsoft.SharePoint.ClientSideComponent.StorageEntity';

function entityBody(request: SpRequest, entity: StorageEntity): unknown {
  const values = {
    Comment: entity.comment,
    Description: entity.description,
    Value: resolvedValue(entity, new URL(request.siteUrl).origin)
  };
  const link = `web/GetStorageEntity('${entity.key.replace(/'/g, "''")}')`;
  if (request.format === 'verbose') {
    return {
      d: {
        __metadata: {
          id: `${request.siteUrl}/_api/${link}`,
          uri: `${request.siteUrl}/_api/${link}`,
          type: ENTITY_TYPE
        },
        ...values
      }
    };
  }
  if (request.format === 'minimalmetadata') {
    return {
      'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ApiData.StorageEntitys/@Element`,
      'odata.type': ENTITY_TYPE,
      'odata.id': `${request.siteUrl}/_api/${link}`,
      'odata.editLink': link,
      ...values
    };
  }
  return values;
}

/**
 * A key nobody has set is not an error: SharePoint answers 200 with a null result, `{"odata.null": true}` in JSON
 * light (the PnP CLI for Microsoft 365 checks exactly that in `spo storageentity get`), `{"d": {"GetStorageEntity":
 * null}}` in verbose.
 */
function missingBody(request: SpRequest): unknown {
  if (request.format === 'verbose') {
    return { d: { GetStorageEntity: null } };
  }
  if (request.format === 'minimalmetadata') {
    return { 'odata.metadata': `${request.siteUrl}/_api/$metadata#Edm.Null`, 'odata.null': true };
  }
  return { 'odata.null': true };
}

function getStorageEntity(request: SpRequest, key: string): SpResponse {
  const entity = request.store.storageEntities.get(key);
  return { status: 200, body: entity ? entityBody(request, entity) : missingBody(request) };
}

/** Tenant properties, readable from every site: `GET {site}/_api/web/GetStorageEntity('key')`. */
export const STORAGE_ENTITY_ROUTES: readonly SpRoute[] = [
  {
    pattern: /^web\/getstorageentity\('((?:[^']|'')*)'\)$/i,
    methods: ['GET'],
    handle: (request, match) => getStorageEntity(request, match[1].replace(/''/g, "'"))
  }
];
