import type { FastifyRequest } from 'fastify';
import { badRequest } from '../http/errors';
import { collectionBody, decodeSkipToken, parseCount, parseTop, queryOption } from '../http/odata';
import { filterToSql, type FilterField } from '../http/odataFilter';
import { searchToSql } from '../http/odataSearch';
import { allowQueryOptions, hasEventualConsistency } from './routeHelpers';
import type { GraphStore } from './store';

/** How a directory collection (users, groups) is filtered, searched, ordered and shown. */
export interface DirectoryCollection<Row> {
  table: string;
  entity: string;
  filterFields: Readonly<Record<string, FilterField>>;
  searchColumns: Readonly<Record<string, string>>;
  orderColumns: Readonly<Record<string, string>>;
  /** Validates `$select` before any query runs. */
  parseSelection: (request: FastifyRequest) => string[] | undefined;
  toJson: (row: Row, selected: string[] | undefined) => Record<string, unknown>;
}

export interface BaseCondition {
  where: string[];
  params: Array<string | number | null>;
}

/** A directory listing with `$filter`, `$search`, `$orderby`, `$count`, `$top` and `$skiptoken` paging, as Graph answers it. */
export function listDirectory<Row>(
  store: GraphStore,
  request: FastifyRequest,
  collection: DirectoryCollection<Row>,
  base: BaseCondition,
  context: string
): Record<string, unknown> {
  allowQueryOptions(request, ['$select', '$top', '$filter', '$search', '$count', '$orderby', '$skiptoken']);
  const selected = collection.parseSelection(request);
  const top = parseTop(queryOption(request, '$top'), 999, 100);
  const offset = decodeSkipToken(queryOption(request, '$skiptoken'));
  const count = parseCount(queryOption(request, '$count'));
  const eventual = hasEventualConsistency(request);
  const where = [...base.where];
  const params = [...base.params];
  const search = queryOption(request, '$search');
  if (search !== undefined) {
    if (!eventual) {
      throw badRequest("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'", 'Request_UnsupportedQuery');
    }
    const sql = searchToSql(search, collection.searchColumns, collection.entity);
    where.push(sql.sql);
    params.push(...sql.params);
  }
  const filter = queryOption(request, '$filter');
  if (filter !== undefined) {
    const sql = filterToSql(filter, collection.filterFields, collection.entity);
    if (sql.advanced && !(eventual && count)) {
      throw badRequest(
        "Unsupported or invalid query filter clause: operators 'ne', 'not' and 'endsWith' need the 'ConsistencyLevel: eventual' header and $count=true.",
        'Request_UnsupportedQuery'
      );
    }
    where.push(sql.sql);
    params.push(...sql.params);
  }
  if (count && !eventual) {
    throw badRequest("$count is only supported with the 'ConsistencyLevel: eventual' header.", 'Request_BadRequest');
  }
  const orderby = queryOption(request, '$orderby');
  let order = 'rowid';
  if (orderby !== undefined) {
    const [property = '', direction = 'asc', ...rest] = orderby.trim().split(/\s+/);
    const column = collection.orderColumns[property.toLowerCase()];
    if (!column || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) {
      throw badRequest(`Sorting by '${orderby.slice(0, 100)}' is not supported.`, 'Request_UnsupportedQuery');
    }
    order = `${column} COLLATE NOCASE ${direction.toUpperCase()}, rowid`;
  }
  const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = store.db.prepare(`SELECT * FROM ${collection.table} ${condition} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, top + 1, offset) as Row[];
  const total = count ? (store.db.prepare(`SELECT COUNT(*) AS n FROM ${collection.table} ${condition}`).get(...params) as { n: number }).n : undefined;
  const items = rows.slice(0, top).map((row) => collection.toJson(row, selected));
  return collectionBody(request, context, { items, nextOffset: rows.length > top ? offset + top : undefined }, total);
}
