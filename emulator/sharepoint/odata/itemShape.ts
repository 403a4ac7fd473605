import { createHash } from 'crypto';
import type { ResponseFormat } from '../http/responseFormat';
import type { ListSchema } from '../store/listSchema';
import { etagOf, type FieldValue, type StoredItem } from '../store/listStore';
import type { ItemRecord } from './filterEvaluator';

/** The item content type id SharePoint gives every list its own copy of (0x0100 + 32 hex digits). */
export function itemContentTypeId(schema: ListSchema): string {
  return `0x0100${createHash('md5').update(schema.id).digest('hex').toUpperCase()}`;
}

/** Every field of an item, built-in ones included, in the order SharePoint returns them. */
export function itemRecord(item: StoredItem, schema: ListSchema): ItemRecord {
  const custom: Record<string, FieldValue> = {};
  for (const field of schema.fields) {
    if (field.readOnly || field.name === 'Title') {
      continue;
    }
    const value = item.values[field.name];
    custom[field.name] =
      value === undefined ? (field.type === 'MultiChoice' ? [] : field.type === 'Boolean' ? false : null) : value;
  }
  return {
    FileSystemObjectType: 0,
    Id: item.id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: itemContentTypeId(schema),
    Title: item.values.Title ?? null,
    ...custom,
    ComplianceAssetId: null,
    ID: item.id,
    Modified: item.modified,
    Created: item.created,
    AuthorId: item.authorId,
    EditorId: item.editorId,
    OData__UIVersionString: `${item.version}.0`,
    Attachments: false,
    GUID: item.guid
  };
}

export interface ShapeContext {
  /** Absolute site URL, e.g. `http://localhost:4301/sites/intranet`. */
  siteUrl: string;
  schema: ListSchema;
  format: ResponseFormat;
}

function editLink(schema: ListSchema, id: number): string {
  return `Web/Lists(guid'${schema.id}')/Items(${id})`;
}

function selectFields(record: ItemRecord, select: readonly string[] | undefined): Record<string, FieldValue> {
  if (!select || select.includes('*')) {
    return { ...record };
  }
  const picked: Record<string, FieldValue> = {};
  for (const name of select) {
    picked[name] = record[name] ?? null;
  }
  return picked;
}

function verboseValues(schema: ListSchema, values: Record<string, FieldValue>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    result[name] = Array.isArray(value) ? { __metadata: { type: 'Collection(Edm.String)' }, results: value } : value;
  }
  return result;
}

/** One item in the response format, without the outer envelope. */
export function shapeItem(
  item: StoredItem,
  select: readonly string[] | undefined,
  context: ShapeContext
): Record<string, unknown> {
  const { schema, siteUrl, format } = context;
  const values = selectFields(itemRecord(item, schema), select);
  const link = editLink(schema, item.id);
  if (format === 'verbose') {
    return {
      __metadata: { id: link, uri: `${siteUrl}/_api/${link}`, etag: etagOf(item), type: schema.entityTypeName },
      ...verboseValues(schema, values)
    };
  }
  if (format === 'minimalmetadata') {
    return {
      'odata.type': schema.entityTypeName,
      'odata.id': `${siteUrl}/_api/${link}`,
      'odata.etag': etagOf(item),
      'odata.editLink': link,
      ...values
    };
  }
  return values;
}

function metadataUrl(context: ShapeContext): string {
  const setName = `SP.ListData.${context.schema.entityTypeName.replace(/^SP\.Data\./, '').replace(/ListItem$/, 'ListItems')}`;
  return `${context.siteUrl}/_api/$metadata#${setName}`;
}

/** A single item response body. */
export function singleItemBody(
  item: StoredItem,
  select: readonly string[] | undefined,
  context: ShapeContext
): unknown {
  const shaped = shapeItem(item, select, context);
  if (context.format === 'verbose') {
    return { d: shaped };
  }
  if (context.format === 'minimalmetadata') {
    return { 'odata.metadata': `${metadataUrl(context)}/@Element`, ...shaped };
  }
  return shaped;
}

/** An item collection response body, with SharePoint's next-page link when more items follow. */
export function itemCollectionBody(
  items: readonly StoredItem[],
  select: readonly string[] | undefined,
  context: ShapeContext,
  nextLink: string | undefined
): unknown {
  const shaped = items.map((item) => shapeItem(item, select, context));
  if (context.format === 'verbose') {
    return { d: nextLink ? { results: shaped, __next: nextLink } : { results: shaped } };
  }
  const body: Record<string, unknown> =
    context.format === 'minimalmetadata'
      ? { 'odata.metadata': metadataUrl(context), value: shaped }
      : { value: shaped };
  if (nextLink) {
    body['odata.nextLink'] = nextLink;
  }
  return body;
}
