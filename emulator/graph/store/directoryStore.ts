import type { Database } from '../../shared/store/database';
import { StatementCache } from '../../shared/store/statementCache';
import type { SqlFilter } from './filterSql';
import type { SqlSearch } from './searchSql';

/** The directory collections Graph lists with `$filter`, `$search`, `$orderby`, `$count` and paging. */
export type DirectoryTable = 'users' | 'groups';

/** Which rows of a table a listing starts from, before `$filter` and `$search`. */
export type DirectoryScope =
  | { kind: 'all' }
  | { kind: 'directReports'; managerId: string }
  | { kind: 'groupMembers'; groupId: string; role: 'member' | 'owner' }
  | { kind: 'memberOf'; userId: string };

export interface DirectoryQuery {
  table: DirectoryTable;
  scope: DirectoryScope;
  filter?: SqlFilter;
  search?: SqlSearch;
  /** A column from the collection's fixed order columns, or the insertion order. */
  orderBy?: { column: string; descending: boolean };
  limit: number;
  offset: number;
  count: boolean;
}

interface SqlCondition {
  sql: string;
  params: ReadonlyArray<string | number | null>;
}

function scopeCondition(scope: DirectoryScope): SqlCondition | undefined {
  switch (scope.kind) {
    case 'directReports':
      return { sql: 'managerId = ?', params: [scope.managerId] };
    case 'groupMembers':
      return {
        sql: 'id IN (SELECT userId FROM group_members WHERE groupId = ? AND role = ?)',
        params: [scope.groupId, scope.role]
      };
    case 'memberOf':
      return {
        sql: "id IN (SELECT groupId FROM group_members WHERE userId = ? AND role = 'member')",
        params: [scope.userId]
      };
    default:
      return undefined;
  }
}

/**
 * Runs directory listings. Their SQL follows the shape of the query, so each distinct statement is prepared once and
 * kept in a cache; the values always travel as parameters.
 */
export class DirectoryStore {
  private readonly statements: StatementCache;

  public constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  /** One page of rows (`limit` of them at most) and, when asked for, the count of all matching rows. */
  public list<Row>(query: DirectoryQuery): { rows: Row[]; total?: number } {
    const conditions: SqlCondition[] = [];
    for (const part of [scopeCondition(query.scope), query.search, query.filter]) {
      if (part) {
        conditions.push(part);
      }
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.map((part) => part.sql).join(' AND ')}` : '';
    const params = conditions.flatMap((part) => part.params);
    const order = query.orderBy
      ? `${query.orderBy.column} COLLATE NOCASE ${query.orderBy.descending ? 'DESC' : 'ASC'}, rowid`
      : 'rowid';
    const rows = this.statements
      .get(`SELECT * FROM ${query.table} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, query.limit, query.offset) as Row[];
    if (!query.count) {
      return { rows };
    }
    const { n } = this.statements.get(`SELECT COUNT(*) AS n FROM ${query.table} ${where}`).get(...params) as {
      n: number;
    };
    return { rows, total: n };
  }
}
