import { SharePointError, SP_ERROR_CODES } from '../http/spError';

export const PEOPLE_SOURCE_ID = 'b09a7990-05ea-4af9-81ef-edfab16c4e31';
/** Local SharePoint Results, the default result source: what a query without a source id searches. */
export const LOCAL_SHAREPOINT_SOURCE_ID = '8413cd39-2156-4e00-b54d-11efd9abdb89';
export const DEFAULT_ROW_LIMIT = 10;
export const MAX_ROW_LIMIT = 500;

export interface SortTerm {
  property: string;
  descending: boolean;
}

/** A search request as `/_api/search/query` (URL parameters) and `/postquery` (JSON body) both describe it. */
export interface SearchRequest {
  queryText: string;
  sourceId: string | undefined;
  rowLimit: number;
  startRow: number;
  selectProperties: string[];
  refiners: string[];
  refinementFilters: string[];
  sortList: SortTerm[];
}

function invalid(message: string): SharePointError {
  return new SharePointError(400, SP_ERROR_CODES.invalidClientQuery, message);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function integer(name: string, value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === '') {
    return fallback;
  }
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < 0) {
    throw invalid(`The parameter ${name} has an invalid value '${String(value)}'.`);
  }
  return number;
}

function stringList(name: string, value: unknown): string[] {
  if (value === undefined || value === null || value === '') {
    return [];
  }
  // Verbose bodies wrap arrays as { results: [...] }.
  const list =
    typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { results?: unknown }).results)
      ? (value as { results: unknown[] }).results
      : value;
  if (typeof list === 'string') {
    return list
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  if (Array.isArray(list) && list.every((entry) => typeof entry === 'string')) {
    return (list as string[])
      .flatMap((entry) => entry.split(','))
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  throw invalid(`The parameter ${name} has an invalid value.`);
}

function filterList(value: unknown): string[] {
  const list = stringOrArray(typeof value === 'string' ? [value] : value);
  if (!list.every((entry) => typeof entry === 'string')) {
    throw invalid('The parameter RefinementFilters has an invalid value.');
  }
  return (list as string[]).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

function refinerNames(value: unknown): string[] {
  // "Department,JobTitle(filter=10/0/*),Skills" -> names; options in parentheses are accepted and ignored.
  const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : '';
  if (value !== undefined && value !== null && typeof value !== 'string' && !Array.isArray(value)) {
    throw invalid('The parameter Refiners has an invalid value.');
  }
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  names.push(current);
  return names.map((name) => name.replace(/\(.*\)$/, '').trim()).filter((name) => name !== '');
}

function sortTerms(value: unknown): SortTerm[] {
  const list = stringOrArray(value);
  return list.map((entry) => {
    if (typeof entry === 'string') {
      const [property, direction] = entry.split(':');
      return { property: property.trim(), descending: /^desc/i.test((direction ?? '').trim()) };
    }
    if (typeof entry === 'object' && entry !== null && typeof (entry as { Property?: unknown }).Property === 'string') {
      const sort = entry as { Property: string; Direction?: unknown };
      return {
        property: sort.Property,
        descending: sort.Direction === 1 || sort.Direction === '1' || sort.Direction === 'Descending'
      };
    }
    throw invalid('The parameter SortList has an invalid value.');
  });
}

function stringOrArray(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && Array.isArray((value as { results?: unknown }).results))
    return (value as { results: unknown[] }).results;
  if (typeof value === 'string') return value.split(',');
  throw invalid('A parameter has an invalid value.');
}

function sourceId(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (typeof value !== 'string' || !GUID.test(value.replace(/[{}]/g, ''))) {
    throw invalid(`The parameter SourceId has an invalid value '${String(value)}'.`);
  }
  return value.replace(/[{}]/g, '').toLowerCase();
}

function queryText(queryTextValue: unknown, templateValue: unknown): string {
  const text =
    typeof queryTextValue === 'string'
      ? queryTextValue
      : queryTextValue === undefined || queryTextValue === null
        ? ''
        : undefined;
  if (text === undefined) {
    throw invalid('The parameter Querytext has an invalid value.');
  }
  if (typeof templateValue === 'string' && templateValue.trim() !== '') {
    return templateValue.replace(/\{searchterms\}/gi, text);
  }
  return text;
}

function build(get: (name: string) => unknown): SearchRequest {
  return {
    queryText: queryText(get('querytext'), get('querytemplate')),
    sourceId: sourceId(get('sourceid')),
    rowLimit: Math.min(integer('RowLimit', get('rowlimit'), DEFAULT_ROW_LIMIT), MAX_ROW_LIMIT),
    startRow: integer('StartRow', get('startrow'), 0),
    selectProperties: stringList('SelectProperties', get('selectproperties')),
    refiners: refinerNames(get('refiners')),
    refinementFilters: filterList(get('refinementfilters')),
    sortList: sortTerms(get('sortlist'))
  };
}

/** SharePoint's URL parameter syntax: strings in single quotes ('' escapes a quote), numbers and booleans bare. */
function unquote(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
    return trimmed.slice(1, -1).replace(/''/g, "'");
  }
  if (trimmed.startsWith("'") || trimmed.startsWith('"')) {
    throw invalid(`The query parameter value ${trimmed} is not valid.`);
  }
  return trimmed;
}

export function searchRequestFromQuery(query: Readonly<Record<string, string | undefined>>): SearchRequest {
  const lowered = new Map(Object.entries(query).map(([key, value]) => [key.toLowerCase(), value]));
  return build((name) => unquote(lowered.get(name)));
}

export function searchRequestFromBody(body: unknown): SearchRequest {
  const request = typeof body === 'object' && body !== null ? (body as { request?: unknown }).request : undefined;
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw invalid('The parameter request does not exist in method PostQuery.');
  }
  const lowered = new Map(
    Object.entries(request as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), value])
  );
  return build((name) => lowered.get(name));
}
