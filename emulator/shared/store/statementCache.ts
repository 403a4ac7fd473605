import type { Statement } from 'better-sqlite3';
import type { Database } from './database';

/**
 * Statements whose SQL text depends on the query (a `$filter`, `$search` or `$orderby` shape): each distinct text is
 * prepared once and reused, least recently used first out, so a request never prepares a statement it has seen.
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  public constructor(
    private readonly db: Database,
    private readonly capacity = 500
  ) {}

  public get(sql: string): Statement {
    const known = this.statements.get(sql);
    if (known) {
      this.statements.delete(sql);
      this.statements.set(sql, known);
      return known;
    }
    const statement = this.db.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > this.capacity) {
      const oldest = this.statements.keys().next().value as string;
      this.statements.delete(oldest);
    }
    return statement;
  }
}
