import { createHash } from 'crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { loadListSchemas, type ListSchema } from './listSchema';

type Database = BetterSqlite3.Database;

/** A custom field value as stored: what SharePoint returns for Text/Note/Choice, Boolean, Number and MultiChoice. */
export type FieldValue = string | number | boolean | null | string[];

export interface StoredItem {
  listId: string;
  id: number;
  version: number;
  guid: string;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  /** Title and the list's own fields. */
  values: Record<string, FieldValue>;
}

interface ItemRow {
  listId: string;
  id: number;
  version: number;
  guid: string;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  fields: string;
}

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
  `);
}

/** A deterministic GUID from a seed string, so reseeding gives identical item GUIDs. */
export function guidFrom(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Drops every list and item and creates the template's lists empty. */
export function recreateLists(db: Database, schemas: readonly ListSchema[], created: string): void {
  db.prepare('DELETE FROM sp_list_items').run();
  db.prepare('DELETE FROM sp_lists').run();
  db.prepare('DELETE FROM sp_site_users').run();
  db.prepare("DELETE FROM sqlite_sequence WHERE name = 'sp_site_users'").run();
  const insert = db.prepare('INSERT INTO sp_lists (id, title, created, nextItemId) VALUES (?, ?, ?, 1)');
  for (const schema of schemas) {
    insert.run(schema.id, schema.title, created);
  }
}

export interface ListRecord {
  schema: ListSchema;
  created: string;
  itemCount: number;
  lastItemModified: string;
}

/** The list with this title (case-insensitive, like SharePoint), if it exists on the site and in the template. */
export function findListByTitle(db: Database, title: string): ListRecord | undefined {
  const row = db.prepare('SELECT id, created FROM sp_lists WHERE title = ?').get(title) as { id: string; created: string } | undefined;
  if (!row) {
    return undefined;
  }
  const schema = loadListSchemas().find((candidate) => candidate.id === row.id);
  if (!schema) {
    return undefined;
  }
  const stats = db
    .prepare('SELECT COUNT(*) AS n, MAX(modified) AS last FROM sp_list_items WHERE listId = ?')
    .get(row.id) as { n: number; last: string | null };
  return { schema, created: row.created, itemCount: stats.n, lastItemModified: stats.last ?? row.created };
}

export function allLists(db: Database): ListRecord[] {
  const titles = db.prepare('SELECT title FROM sp_lists ORDER BY title').all() as { title: string }[];
  return titles.map((row) => findListByTitle(db, row.title)).filter((list): list is ListRecord => list !== undefined);
}

function toItem(row: ItemRow): StoredItem {
  const { fields, ...rest } = row;
  return { ...rest, values: JSON.parse(fields) as Record<string, FieldValue> };
}

export function listItems(db: Database, listId: string): StoredItem[] {
  const rows = db.prepare('SELECT * FROM sp_list_items WHERE listId = ? ORDER BY id').all(listId) as ItemRow[];
  return rows.map(toItem);
}

export function getItem(db: Database, listId: string, id: number): StoredItem | undefined {
  const row = db.prepare('SELECT * FROM sp_list_items WHERE listId = ? AND id = ?').get(listId, id) as ItemRow | undefined;
  return row ? toItem(row) : undefined;
}

export interface NewItem {
  values: Record<string, FieldValue>;
  authorId: number;
  created: string;
  guid?: string;
}

export function insertItem(db: Database, listId: string, item: NewItem): StoredItem {
  return db.transaction((): StoredItem => {
    const { nextItemId } = db.prepare('SELECT nextItemId FROM sp_lists WHERE id = ?').get(listId) as { nextItemId: number };
    db.prepare('UPDATE sp_lists SET nextItemId = ? WHERE id = ?').run(nextItemId + 1, listId);
    const stored: StoredItem = {
      listId,
      id: nextItemId,
      version: 1,
      guid: item.guid ?? guidFrom(`${listId}/${nextItemId}/${item.created}`),
      created: item.created,
      modified: item.created,
      authorId: item.authorId,
      editorId: item.authorId,
      values: item.values
    };
    db.prepare(
      `INSERT INTO sp_list_items (listId, id, version, guid, created, modified, authorId, editorId, fields)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(listId, stored.id, stored.version, stored.guid, stored.created, stored.modified, stored.authorId, stored.editorId, JSON.stringify(stored.values));
    return stored;
  })();
}

export function updateItem(db: Database, item: StoredItem, changes: Record<string, FieldValue>, editorId: number, modified: string): StoredItem {
  const updated: StoredItem = { ...item, version: item.version + 1, modified, editorId, values: { ...item.values, ...changes } };
  db.prepare('UPDATE sp_list_items SET version = ?, modified = ?, editorId = ?, fields = ? WHERE listId = ? AND id = ?').run(
    updated.version,
    updated.modified,
    updated.editorId,
    JSON.stringify(updated.values),
    item.listId,
    item.id
  );
  return updated;
}

export function deleteItem(db: Database, item: StoredItem): void {
  db.prepare('DELETE FROM sp_list_items WHERE listId = ? AND id = ?').run(item.listId, item.id);
}

/** The site-collection user id (the integer behind AuthorId/EditorId) of an Entra user, created on first use. */
export function siteUserIdFor(db: Database, userId: string): number {
  const existing = db.prepare('SELECT id FROM sp_site_users WHERE userId = ?').get(userId) as { id: number } | undefined;
  if (existing) {
    return existing.id;
  }
  return Number(db.prepare('INSERT INTO sp_site_users (userId) VALUES (?)').run(userId).lastInsertRowid);
}

/** SharePoint's item ETag: the item version in quotes. */
export function etagOf(item: StoredItem): string {
  return `"${item.version}"`;
}
