import type BetterSqlite3 from 'better-sqlite3';
import { SharePointError, SP_ERROR_CODES, notFound } from '../http/spError';
import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import { itemCollectionBody, itemRecord, singleItemBody, type ShapeContext } from '../odata/itemShape';
import { parseItemQuery, parseSelect, runItemQuery } from '../odata/queryOptions';
import { selectProperties } from '../odata/selectProperties';
import { readItemPayload } from '../store/itemPayload';
import { cachedListItems } from '../store/listItemsCache';
import {
  allLists,
  deleteItem,
  etagOf,
  findListByTitle,
  getItem,
  insertItem,
  siteUserIdFor,
  updateItem,
  type FieldValue,
  type ListRecord,
  type StoredItem
} from '../store/listStore';

type Database = BetterSqlite3.Database;

const LIST_BY_TITLE = String.raw`web/lists/getbytitle\('((?:[^']|'')*)'\)`;
const LIST_BY_ID = String.raw`web/lists\(guid'([0-9a-f-]{36})'\)`;
const LIST = `(?:${LIST_BY_TITLE}|${LIST_BY_ID})`;

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function resolveList(request: SpRequest, match: RegExpExecArray): ListRecord {
  const title = match[1] === undefined ? undefined : match[1].replace(/''/g, "'");
  if (title !== undefined) {
    const list = findListByTitle(request.db, title);
    if (!list) {
      throw notFound(`List '${title}' does not exist at site with URL '${request.siteUrl}'.`);
    }
    return list;
  }
  const id = (match[2] ?? '').toLowerCase();
  const list = allLists(request.db).find((candidate) => candidate.schema.id === id);
  if (!list) {
    throw notFound(`List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.`, '-1, System.ArgumentException');
  }
  return list;
}

function shapeContext(request: SpRequest, list: ListRecord): ShapeContext {
  return { siteUrl: request.siteUrl, schema: list.schema, format: request.format };
}

function userSiteId(db: Database, request: SpRequest): number {
  return siteUserIdFor(db, request.userId ?? 'anonymous');
}

function listMetadata(request: SpRequest, list: ListRecord): SpResponse {
  const link = `Web/Lists(guid'${list.schema.id}')`;
  const values: Record<string, unknown> = {
    BaseTemplate: 100,
    BaseType: 0,
    Created: list.created,
    Description: list.schema.description,
    EnableVersioning: true,
    EntityTypeName: `${list.schema.url.split('/').pop()}List`,
    Hidden: false,
    Id: list.schema.id,
    ItemCount: list.itemCount,
    LastItemModifiedDate: list.lastItemModified,
    ListItemEntityTypeFullName: list.schema.entityTypeName,
    ParentWebUrl: new URL(request.siteUrl).pathname,
    Title: list.schema.title
  };
  const picked = selectProperties(values, request.query.$select, 'SP.List');
  if (request.format === 'verbose') {
    return { status: 200, body: { d: { __metadata: { id: `${request.siteUrl}/_api/${link}`, uri: `${request.siteUrl}/_api/${link}`, etag: '"1"', type: 'SP.List' }, ...picked } } };
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

function nextPageLink(request: SpRequest, lastId: number): string {
  const [path, search = ''] = request.url.split('?');
  const params = search
    .split('&')
    .filter((part) => part !== '' && !/^(%24|\$)skiptoken=/i.test(part));
  params.push(`%24skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${lastId}`)}`);
  return `${new URL(request.siteUrl).origin}${path}?${params.join('&')}`;
}

function getItems(request: SpRequest, list: ListRecord): SpResponse {
  const query = parseItemQuery(request.query, list.schema);
  const items = cachedListItems(request.db, list.schema.id);
  const { page, hasMore } = runItemQuery(items, (item) => itemRecord(item, list.schema), query);
  const next = hasMore && page.length > 0 ? nextPageLink(request, page[page.length - 1].id) : undefined;
  return { status: 200, body: itemCollectionBody(page, query.select, shapeContext(request, list), next) };
}

function addItem(request: SpRequest, list: ListRecord): SpResponse {
  const values = readItemPayload(request.body, list.schema);
  const item = insertItem(request.db, list.schema.id, { values, authorId: userSiteId(request.db, request), created: now() });
  return { status: 201, headers: { ETag: etagOf(item) }, body: singleItemBody(item, undefined, shapeContext(request, list)) };
}

function requireItem(request: SpRequest, list: ListRecord, id: number): StoredItem {
  const item = getItem(request.db, list.schema.id, id);
  if (!item) {
    throw new SharePointError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  }
  return item;
}

function normaliseEtag(value: string): string {
  return value.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

/** `If-Match: *` or the item's current ETag, as SharePoint checks it; anything else is a 412. */
function checkIfMatch(request: SpRequest, item: StoredItem): void {
  const ifMatch = request.headers['if-match'];
  if (ifMatch === undefined || ifMatch.trim() === '*') {
    return;
  }
  if (normaliseEtag(ifMatch) !== normaliseEtag(etagOf(item))) {
    throw new SharePointError(
      412,
      SP_ERROR_CODES.clientService,
      `The request ETag value '${ifMatch}' does not match the object's ETag value '${etagOf(item)}'.`
    );
  }
}

function replacementDefaults(list: ListRecord): Record<string, FieldValue> {
  const defaults: Record<string, FieldValue> = {};
  for (const field of list.schema.fields) {
    if (!field.readOnly) {
      defaults[field.name] = field.type === 'MultiChoice' ? [] : field.type === 'Boolean' ? false : null;
    }
  }
  return defaults;
}

function handleItem(request: SpRequest, list: ListRecord, id: number): SpResponse {
  const item = requireItem(request, list, id);
  switch (request.method) {
    case 'GET':
      return { status: 200, headers: { ETag: etagOf(item) }, body: singleItemBody(item, parseSelect(request.query.$select, list.schema), shapeContext(request, list)) };
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      checkIfMatch(request, item);
      const changes = readItemPayload(request.body, list.schema);
      const values = request.method === 'PUT' ? { ...replacementDefaults(list), ...changes } : changes;
      const updated = updateItem(request.db, item, values, userSiteId(request.db, request), now());
      return { status: 204, headers: { ETag: etagOf(updated) } };
    }
    case 'DELETE':
      checkIfMatch(request, item);
      deleteItem(request.db, item);
      return { status: 200 };
    default:
      throw new SharePointError(405, SP_ERROR_CODES.invalidClientQuery, `The HTTP method '${request.method}' is not supported for this resource.`);
  }
}

export const LIST_ROUTES: readonly SpRoute[] = [
  {
    pattern: /^web\/lists$/i,
    methods: ['GET'],
    handle: (request) => {
      const bodies = allLists(request.db).map((list) => listMetadata({ ...request, format: 'nometadata' }, list).body);
      return { status: 200, body: request.format === 'verbose' ? { d: { results: bodies } } : { value: bodies } };
    }
  },
  {
    pattern: new RegExp(`^${LIST}$`, 'i'),
    methods: ['GET'],
    handle: (request, match) => listMetadata(request, resolveList(request, match))
  },
  {
    pattern: new RegExp(`^${LIST}/items$`, 'i'),
    methods: ['GET', 'POST'],
    handle: (request, match) => {
      const list = resolveList(request, match);
      return request.method === 'GET' ? getItems(request, list) : addItem(request, list);
    }
  },
  {
    pattern: new RegExp(`^${LIST}/items(?:\\((\\d{1,9})\\)|/getbyid\\((\\d{1,9})\\))$`, 'i'),
    methods: ['GET', 'MERGE', 'PATCH', 'PUT', 'DELETE'],
    handle: (request, match) => handleItem(request, resolveList(request, match), Number(match[3] ?? match[4]))
  }
];
