import { SharePointError, SP_ERROR_CODES } from '../http/spError';
import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import { itemCollectionBody, itemRecord, singleItemBody, type ShapeContext } from '../odata/itemShape';
import { listCollection, listMetadata } from '../odata/listShape';
import { parseItemQuery, parseSelect, runItemQuery } from '../odata/queryOptions';
import { isLibrary } from '../sites/siteLists';
import { readItemPayload } from '../store/itemPayload';
import { etagOf, type FieldValue, type ListRecord, type StoredItem } from '../store/listStore';
import { itemRightFor, requireOnList } from './listAccess';
import { LIST, resolveList } from './listResolver';

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function shapeContext(request: SpRequest, list: ListRecord): ShapeContext {
  return { siteUrl: request.siteUrl, schema: list.schema, format: request.format };
}

function userSiteId(request: SpRequest): number {
  return request.store.lists.siteUserId(request.userId ?? 'anonymous');
}

function nextPageLink(request: SpRequest, lastId: number): string {
  const [path, search = ''] = request.url.split('?');
  const params = search.split('&').filter((part) => part !== '' && !/^(%24|\$)skiptoken=/i.test(part));
  params.push(`%24skiptoken=${encodeURIComponent(`Paged=TRUE&p_ID=${lastId}`)}`);
  return `${new URL(request.siteUrl).origin}${path}?${params.join('&')}`;
}

function getItems(request: SpRequest, list: ListRecord): SpResponse {
  const query = parseItemQuery(request.query, list.schema);
  const items = request.store.lists.items(list.schema.id);
  const { page, hasMore } = runItemQuery(items, (item) => itemRecord(item, list.schema), query);
  const next = hasMore && page.length > 0 ? nextPageLink(request, page[page.length - 1].id) : undefined;
  return { status: 200, body: itemCollectionBody(page, query.select, shapeContext(request, list), next) };
}

function addItem(request: SpRequest, list: ListRecord): SpResponse {
  if (isLibrary(list)) {
    throw new SharePointError(
      400,
      SP_ERROR_CODES.clientService,
      'To add an item to a document library, use SPFileCollection.Add()'
    );
  }
  const values = readItemPayload(request.body, list.schema);
  const item = request.store.lists.insert(list.schema.id, { values, authorId: userSiteId(request), created: now() });
  return {
    status: 201,
    headers: { ETag: etagOf(item) },
    body: singleItemBody(item, undefined, shapeContext(request, list))
  };
}

function requireItem(request: SpRequest, list: ListRecord, id: number): StoredItem {
  const item = request.store.lists.item(list.schema.id, id);
  if (!item) {
    throw new SharePointError(
      404,
      '-2147024809, System.ArgumentException',
      'Item does not exist. It may have been deleted by another user.'
    );
  }
  return item;
}

function normaliseEtag(value: string): string {
  return value
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
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
      return {
        status: 200,
        headers: { ETag: etagOf(item) },
        body: singleItemBody(item, parseSelect(request.query.$select, list.schema), shapeContext(request, list))
      };
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      checkIfMatch(request, item);
      const changes = readItemPayload(request.body, list.schema);
      const values = request.method === 'PUT' ? { ...replacementDefaults(list), ...changes } : changes;
      const updated = request.store.lists.update(item, values, userSiteId(request), now());
      return { status: 204, headers: { ETag: etagOf(updated) } };
    }
    case 'DELETE':
      checkIfMatch(request, item);
      request.store.lists.delete(item);
      return { status: 200 };
    default:
      throw new SharePointError(
        405,
        SP_ERROR_CODES.invalidClientQuery,
        `The HTTP method '${request.method}' is not supported for this resource.`
      );
  }
}

export const LIST_ROUTES: readonly SpRoute[] = [
  { pattern: /^web\/lists$/i, methods: ['GET'], handle: (request) => listCollection(request) },
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
      requireOnList(request, list, itemRightFor(request.method));
      return request.method === 'GET' ? getItems(request, list) : addItem(request, list);
    }
  },
  {
    pattern: new RegExp(`^${LIST}/items(?:\\((\\d{1,9})\\)|/getbyid\\((\\d{1,9})\\))$`, 'i'),
    methods: ['GET', 'MERGE', 'PATCH', 'PUT', 'DELETE'],
    handle: (request, match) => {
      const list = resolveList(request, match);
      requireOnList(request, list, itemRightFor(request.method));
      return handleItem(request, list, Number(match[3] ?? match[4]));
    }
  }
];
