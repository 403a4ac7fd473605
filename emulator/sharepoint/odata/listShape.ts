import type { SpRequest, SpResponse } from '../http/spRoute';
import type { ListRecord } from '../store/listStore';
import { selectProperties } from './selectProperties';

/** The `SP.List` properties the emulator knows for a list. */
function listProperties(request: SpRequest, list: ListRecord): Record<string, unknown> {
  const baseTemplate = list.schema.baseTemplate ?? 100;
  return {
    BaseTemplate: baseTemplate,
    BaseType: baseTemplate === 100 ? 0 : 1,
    Created: list.created,
    Description: list.schema.description,
    EnableVersioning: true,
    EntityTypeName: list.schema.entityTypeName.replace(/^SP\.Data\./, '').replace(/Item$/, ''),
    Hidden: false,
    Id: list.schema.id,
    ItemCount: list.itemCount,
    LastItemModifiedDate: list.lastItemModified,
    ListItemEntityTypeFullName: list.schema.entityTypeName,
    ParentWebUrl: request.site.path,
    Title: list.schema.title
  };
}

export function listEditLink(list: ListRecord): string {
  return `Web/Lists(guid'${list.schema.id}')`;
}

/** One list in the request's response format, `$select` applied. */
export function listMetadata(request: SpRequest, list: ListRecord): SpResponse {
  const link = listEditLink(list);
  const picked = selectProperties(listProperties(request, list), request.query.$select, 'SP.List');
  if (request.format === 'verbose') {
    return {
      status: 200,
      body: {
        d: {
          __metadata: {
            id: `${request.siteUrl}/_api/${link}`,
            uri: `${request.siteUrl}/_api/${link}`,
            etag: '"1"',
            type: 'SP.List'
          },
          ...picked
        }
      }
    };
  }
  if (request.format === 'minimalmetadata') {
    return {
      status: 200,
      body: {
        'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ApiData.Lists/@Element`,
        'odata.type': 'SP.List',
        'odata.id': `${request.siteUrl}/_api/${link}`,
        'odata.etag': '"1"',
        'odata.editLink': link,
        ...picked
      }
    };
  }
  return { status: 200, body: picked };
}

/** The site's lists; each shaped as nometadata, as before. */
export function listCollection(request: SpRequest): SpResponse {
  const bodies = request.lists.all().map((list) => listMetadata({ ...request, format: 'nometadata' }, list).body);
  return { status: 200, body: request.format === 'verbose' ? { d: { results: bodies } } : { value: bodies } };
}
