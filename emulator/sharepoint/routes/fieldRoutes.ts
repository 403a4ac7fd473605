import { parseFilter } from '../../shared/odata/filterParser';
import { compileRecordFilter, type RecordValue } from '../../shared/odata/recordFilter';
import { notFound, SharePointError, SP_ERROR_CODES } from '../http/spError';
import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import {
  FIELD_FILTER_PROPERTIES,
  FIELD_PROPERTY_NAMES,
  fieldODataType,
  listFields,
  type FieldProperties
} from '../odata/fieldShape';
import { listEditLink } from '../odata/listShape';
import { selectProperties } from '../odata/selectProperties';
import type { ListRecord } from '../store/listStore';
import { LIST, resolveList } from './listResolver';

function fieldEditLink(list: ListRecord, field: FieldProperties): string {
  return `${listEditLink(list)}/Fields(guid'${String(field.Id)}')`;
}

function verboseValue(value: unknown): unknown {
  return Array.isArray(value) ? { __metadata: { type: 'Collection(Edm.String)' }, results: value } : value;
}

function shapeField(
  request: SpRequest,
  list: ListRecord,
  field: FieldProperties,
  values: Record<string, unknown>
): Record<string, unknown> {
  const link = fieldEditLink(list, field);
  if (request.format === 'verbose') {
    const entries = Object.entries(values).map(([name, value]) => [name, verboseValue(value)]);
    return {
      __metadata: {
        id: `${request.siteUrl}/_api/${link}`,
        uri: `${request.siteUrl}/_api/${link}`,
        type: fieldODataType(field)
      },
      ...Object.fromEntries(entries)
    };
  }
  if (request.format === 'minimalmetadata') {
    return {
      'odata.type': fieldODataType(field),
      'odata.id': `${request.siteUrl}/_api/${link}`,
      'odata.editLink': link,
      ...values
    };
  }
  return values;
}

/** `$select` on a collection of mixed field types: each field keeps the selected properties its type has. */
function selectOnCollection(field: FieldProperties, select: string | undefined): Record<string, unknown> {
  if (select === undefined || select.trim() === '' || select.trim() === '*') {
    return { ...field };
  }
  const names = select.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !FIELD_PROPERTY_NAMES.has(name));
  if (unknown !== undefined) {
    throw new SharePointError(
      400,
      SP_ERROR_CODES.invalidClientQuery,
      `The property '${unknown}' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type.`
    );
  }
  return Object.fromEntries(names.filter((name) => name in field).map((name) => [name, field[name]]));
}

function matchingFields(request: SpRequest, list: ListRecord): FieldProperties[] {
  const fields = listFields(list);
  const filter = request.query.$filter;
  if (filter === undefined || filter.trim() === '') {
    return fields;
  }
  const predicate = compileRecordFilter(parseFilter(filter), FIELD_FILTER_PROPERTIES);
  return fields.filter((field) => predicate(field as Record<string, RecordValue>));
}

function fieldCollection(request: SpRequest, list: ListRecord): SpResponse {
  const shaped = matchingFields(request, list).map((field) =>
    shapeField(request, list, field, selectOnCollection(field, request.query.$select))
  );
  if (request.format === 'verbose') {
    return { status: 200, body: { d: { results: shaped } } };
  }
  const body = { value: shaped };
  return {
    status: 200,
    body:
      request.format === 'minimalmetadata'
        ? { 'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ApiData.Fields`, ...body }
        : body
  };
}

/** SharePoint's answer for a column a list does not have, with the list's server-relative URL after two spaces. */
function columnMissing(request: SpRequest, list: ListRecord, name: string): SharePointError {
  return notFound(
    `Column '${name}' does not exist. It may have been deleted by another user.  ${request.site.path}/${list.schema.url}`,
    '-2147024809, System.ArgumentException'
  );
}

function singleField(
  request: SpRequest,
  list: ListRecord,
  find: (field: FieldProperties) => boolean,
  name: string
): SpResponse {
  const field = listFields(list).find(find);
  if (!field) {
    throw columnMissing(request, list, name);
  }
  const values = shapeField(
    request,
    list,
    field,
    selectProperties(field, request.query.$select, fieldODataType(field))
  );
  if (request.format === 'verbose') {
    return { status: 200, body: { d: values } };
  }
  return {
    status: 200,
    body:
      request.format === 'minimalmetadata'
        ? { 'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ApiData.Fields/@Element`, ...values }
        : values
  };
}

const same = (a: unknown, b: string): boolean => String(a).toLowerCase() === b.toLowerCase();
const quoted = (value: string): string => value.replace(/''/g, "'");

/** List columns, as a health check reads them: `…/fields?$select=InternalName,TypeAsString&$filter=…` and by name. */
export const FIELD_ROUTES: readonly SpRoute[] = [
  {
    pattern: new RegExp(`^${LIST}/fields$`, 'i'),
    methods: ['GET'],
    handle: (request, match) => fieldCollection(request, resolveList(request, match))
  },
  {
    pattern: new RegExp(`^${LIST}/fields/getbyinternalnameortitle\\('((?:[^']|'')*)'\\)$`, 'i'),
    methods: ['GET'],
    handle: (request, match) => {
      const name = quoted(match[3]);
      const list = resolveList(request, match);
      const byName = listFields(list).some((field) => same(field.InternalName, name));
      return singleField(request, list, (field) => same(byName ? field.InternalName : field.Title, name), name);
    }
  },
  {
    pattern: new RegExp(`^${LIST}/fields/getbytitle\\('((?:[^']|'')*)'\\)$`, 'i'),
    methods: ['GET'],
    handle: (request, match) =>
      singleField(
        request,
        resolveList(request, match),
        (field) => same(field.Title, quoted(match[3])),
        quoted(match[3])
      )
  },
  {
    pattern: new RegExp(`^${LIST}/fields(?:\\(guid'([0-9a-f-]{36})'\\)|/getbyid\\(guid'([0-9a-f-]{36})'\\))$`, 'i'),
    methods: ['GET'],
    handle: (request, match) =>
      singleField(
        request,
        resolveList(request, match),
        (field) => same(field.Id, match[3] ?? match[4]),
        match[3] ?? match[4]
      )
  }
];
