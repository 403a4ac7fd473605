import { findField, type ListSchema } from '../store/listSchema';
import { FilterFieldError } from '../../shared/odata/filterAst';
import { parseFilter } from '../../shared/odata/filterParser';
import { compileFilter, type ItemPredicate, type ItemRecord } from './filterEvaluator';

export interface OrderTerm {
  field: string;
  descending: boolean;
}

/** `$select`, `$filter`, `$orderby`, `$top` and `$skiptoken` of a list-items request, checked against the list. */
export interface ItemQuery {
  select: readonly string[] | undefined;
  predicate: ItemPredicate | undefined;
  orderBy: readonly OrderTerm[];
  top: number;
  /** The item id the previous page ended on (from `$skiptoken=Paged=TRUE&p_ID=n`). */
  afterId: number | undefined;
}

/** A query option SharePoint would refuse: always a 400. */
export class QueryOptionError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'QueryOptionError';
  }
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_TOP = 5000;
const INT32_MAX = 2147483647;

function columnName(schema: ListSchema, name: string): string {
  const field = findField(schema, name);
  if (!field) {
    throw new FilterFieldError(`Column '${name}' does not exist. It may have been deleted by another user.`);
  }
  return field.name;
}

export function parseSelect(value: string | undefined, schema: ListSchema): string[] | undefined {
  if (value === undefined || value.trim() === '' || value.trim() === '*') {
    return undefined;
  }
  return value.split(',').map((part) => {
    const name = part.trim();
    if (name === '') {
      throw new QueryOptionError(`The expression "${value}" is not valid.`);
    }
    return name === '*' ? '*' : columnName(schema, name);
  });
}

export function parseOrderBy(value: string | undefined, schema: ListSchema): OrderTerm[] {
  if (value === undefined || value.trim() === '') {
    return [];
  }
  return value.split(',').map((part) => {
    const match = /^\s*([A-Za-z_]\w*)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!match) {
      throw new QueryOptionError(`The expression "${part.trim()}" is not valid.`);
    }
    return { field: columnName(schema, match[1]), descending: (match[2] ?? '').toLowerCase() === 'desc' };
  });
}

export function parseTop(value: string | undefined): number {
  if (value === undefined || value === '') {
    return DEFAULT_PAGE_SIZE;
  }
  if (!/^\d+$/.test(value.trim()) || Number(value.trim()) > INT32_MAX) {
    throw new QueryOptionError(
      `The query option $top has the invalid value '${value}'. It must be a non-negative integer.`
    );
  }
  return Math.min(Number(value.trim()), MAX_TOP);
}

export function parseSkipToken(value: string | undefined): number | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  const match = /(?:^|&)p_ID=(\d+)(?:&|$)/i.exec(value);
  if (!match) {
    throw new QueryOptionError(`The skip token '${value}' is not valid.`);
  }
  return Number(match[1]);
}

export function parseItemQuery(query: Readonly<Record<string, string | undefined>>, schema: ListSchema): ItemQuery {
  const filter = query.$filter;
  return {
    select: parseSelect(query.$select, schema),
    predicate: filter === undefined || filter.trim() === '' ? undefined : compileFilter(parseFilter(filter), schema),
    orderBy: parseOrderBy(query.$orderby, schema),
    top: parseTop(query.$top),
    afterId: parseSkipToken(query.$skiptoken)
  };
}

function compareValues(a: ItemRecord[string], b: ItemRecord[string]): number {
  const left = Array.isArray(a) ? a.join(';') : a;
  const right = Array.isArray(b) ? b.join(';') : b;
  if (left === right) return 0;
  if (left === null || left === undefined) return -1;
  if (right === null || right === undefined) return 1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  return String(left).localeCompare(String(right), 'en-US', { sensitivity: 'base' });
}

/** One page of matching entries in the requested order, and whether more follow. */
export function runItemQuery<T>(
  entries: readonly T[],
  recordOf: (entry: T) => ItemRecord,
  query: ItemQuery
): { page: T[]; hasMore: boolean } {
  const matching = entries
    .map((entry) => ({ entry, record: recordOf(entry) }))
    .filter(({ record }) => (query.predicate ? query.predicate(record) : true));
  const terms: OrderTerm[] = [...query.orderBy, { field: 'ID', descending: false }];
  matching.sort((a, b) => {
    for (const term of terms) {
      const order = compareValues(a.record[term.field], b.record[term.field]);
      if (order !== 0) {
        return term.descending ? -order : order;
      }
    }
    return 0;
  });
  let start = 0;
  if (query.afterId !== undefined) {
    const afterId = query.afterId;
    const index = matching.findIndex(({ record }) => record.ID === afterId);
    start = index >= 0 ? index + 1 : matching.filter(({ record }) => Number(record.ID) <= afterId).length;
  }
  const page = matching.slice(start, start + query.top).map(({ entry }) => entry);
  return { page, hasMore: start + query.top < matching.length };
}
