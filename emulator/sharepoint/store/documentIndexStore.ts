import type { Database } from '../../shared/store/database';
import { ensureFileTables } from '../../shared/store/libraryFiles';
import { StatementCache } from '../../shared/store/statementCache';
import type { SqlCondition } from '../search/documentQuery';

/** A file as the search index sees it: what its managed properties are made from. */
export interface IndexedDocument {
  serverRelativeUrl: string;
  folder: string;
  name: string;
  /** The stored Title; none for an upload, whose title is then its name without the extension. */
  title: string | null;
  summary: string | null;
  uniqueId: string;
  size: number;
  created: string;
  modified: string;
  author: string;
  editor: string;
}

const DOCUMENT_SELECT = `SELECT f.serverRelativeUrl, f.folder, f.name, f.title, f.summary, f.uniqueId,
  length(f.content) AS size, f.created, f.modified, coalesce(u.displayName, '') AS author,
  coalesce(e.displayName, '') AS editor
  FROM sp_files f LEFT JOIN users u ON u.id = f.authorId LEFT JOIN users e ON e.id = f.editorId`;

/** A file name's extension, lower case, without the dot ('' when it has none). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The documents search reads: the files of every library, matched by a KQL condition compiled to SQL (its text
 * follows the query's shape, so the statements live in a cache: each shape is prepared once).
 */
export class DocumentIndexStore {
  private readonly statements: StatementCache;

  public constructor(db: Database) {
    ensureFileTables(db);
    db.function('sp_file_extension', { deterministic: true }, (name: unknown) =>
      typeof name === 'string' ? fileExtension(name) : ''
    );
    this.statements = new StatementCache(db);
  }

  /** Every file the condition matches, in URL order. */
  public matching(condition: SqlCondition): IndexedDocument[] {
    const statement = this.statements.get(`${DOCUMENT_SELECT} WHERE ${condition.sql} ORDER BY f.serverRelativeUrl`);
    return statement.all(...condition.params) as IndexedDocument[];
  }
}
