import type { FastifyRequest } from 'fastify';
import { badRequest } from '../../shared/http/errors';
import { collectionBody, decodeSkipToken, parseCount, parseTop, queryOption } from '../odata/queryOptions';
import type { DirectoryScope, DirectoryTable } from '../store/directoryStore';
import { filterToSql, type FilterField, type SqlFilter } from '../store/filterSql';
import type { GraphStore } from '../store/graphStore';
import { searchToSql, type SqlSearch } from '../store/searchSql';
import { allowQueryOptions, hasEventualConsistency } from './routeHelpers';

/** How a directory collection (users, groups) is filtered, searched, ordered and shown. */
export interface DirectoryCollection<Row> {
  table: DirectoryTable;
  entity: string;
  filterFields: Readonly<Record<string, FilterField>>;
  searchColumns: Readonly<Record<string, string>>;
  orderColumns: Readonly<Record<string, string>>;
  /** Validates `$select` before any query runs. */
  parseSelection: (request: FastifyRequest) => string[] | undefined;
  toJson: (row: Row, selected: string[] | undefined) => Record<string, unknown>;
}

const ADVANCED_FILTER =
  "Unsupported or invalid query filter clause: operators 'ne', 'not' and 'endsWith' need the 'ConsistencyLevel: eventual' header and $count=true.";

function searchOf(
  request: FastifyRequest,
  collection: DirectoryCollection<unknown>,
  eventual: boolean
): SqlSearch | undefined {
  const search = queryOption(request, '$search');
  if (search === undefined) {
    return undefined;
  }
  if (!eventual) {
    throw badRequest(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      'Request_UnsupportedQuery'
    );
  }
  return searchToSql(search, collection.searchColumns, collection.entity);
}

function filterOf(
  request: FastifyRequest,
  collection: DirectoryCollection<unknown>,
  advancedAllowed: boolean
): SqlFilter | undefined {
  const filter = queryOption(request, '$filter');
  if (filter === undefined) {
    return undefined;
  }
  const sql = filterToSql(filter, collection.filterFields, collection.entity);
  if (sql.advanced && !advancedAllowed) {
    throw badRequest(ADVANCED_FILTER, 'Request_UnsupportedQuery');
  }
  return sql;
}

function orderOf(
  request: FastifyRequest,
  collection: DirectoryCollection<unknown>
): { column: string; descending: boolean } | undefined {
  const orderby = queryOption(request, '$orderby');
  if (orderby === undefined) {
    return undefined;
  }
  const [property = '', direction = 'asc', ...rest] = orderby.trim().split(/\s+/);
  const column = collection.orderColumns[property.toLowerCase()];
  if (!column || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) {
    throw badRequest(`Sorting by '${orderby.slice(0, 100)}' is not supported.`, 'Request_UnsupportedQuery');
  }
  return { column, descending: direction.toLowerCase() === 'desc' };
}

/** A directory listing with `$filter`, `$search`, `$orderby`, `$count`, `$top` and `$skiptoken` paging, as Graph answers it. */
export function listDirectory<Row>(
  store: GraphStore,
  request: FastifyRequest,
  collection: DirectoryCollection<Row>,
  scope: DirectoryScope,
  context: string
): Record<string, unknown> {
  allowQueryOptions(request, ['$select', '$top', '$filter', '$search', '$count', '$orderby', '$skiptoken']);
  const selected = collection.parseSelection(request);
  const top = parseTop(queryOption(request, '$top'), 999, 100);
  const offset = decodeSkipToken(queryOption(request, '$skiptoken'));
  const count = parseCount(queryOption(request, '$count'));
  const eventual = hasEventualConsistency(request);
  const generic = collection as DirectoryCollection<unknown>;
  const search = searchOf(request, generic, eventual);
  const filter = filterOf(request, generic, eventual && count);
  if (count && !eventual) {
    throw badRequest("$count is only supported with the 'ConsistencyLevel: eventual' header.", 'Request_BadRequest');
  }
  const orderBy = orderOf(request, generic);
  const { rows, total } = store.directory.list<Row>({
    table: collection.table,
    scope,
    filter,
    search,
    orderBy,
    limit: top + 1,
    offset,
    count
  });
  const items = rows.slice(0, top).map((row) => collection.toJson(row, selected));
  return collectionBody(request, context, { items, nextOffset: rows.length > top ? offset + top : undefined }, total);
}
