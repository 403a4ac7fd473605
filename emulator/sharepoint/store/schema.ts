import type { Database } from '../../shared/store/database';

/** The SharePoint module's own tables, next to the Graph tables it reads (users, groups, group_members). */
export function ensureSharePointTables(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS sp_lists (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL UNIQUE COLLATE NOCASE,
      created TEXT NOT NULL,
      nextItemId INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE IF NOT EXISTS sp_list_items (
      listId TEXT NOT NULL,
      id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      guid TEXT NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      authorId INTEGER NOT NULL,
      editorId INTEGER NOT NULL,
      fields TEXT NOT NULL,
      PRIMARY KEY (listId, id)
    );
    CREATE TABLE IF NOT EXISTS sp_site_users (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      userId TEXT NOT NULL UNIQUE
    );
    CREATE TABLE IF NOT EXISTS sp_storage_entities (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      description TEXT,
      comment TEXT
    );
  `);
}
