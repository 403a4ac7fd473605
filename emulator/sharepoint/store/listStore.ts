import { createHash } from 'crypto';
import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import { loadListSchemas, type ListSchema } from './listSchema';

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

export interface ListRecord {
  schema: ListSchema;
  created: string;
  itemCount: number;
  lastItemModified: string;
}

export interface NewItem {
  values: Record<string, FieldValue>;
  authorId: number;
  created: string;
  guid?: string;
}

/** A deterministic GUID from a seed string, so reseeding gives identical item GUIDs. */
export function guidFrom(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** SharePoint's item ETag: the item version in quotes. */
export function etagOf(item: StoredItem): string {
  return `"${item.version}"`;
}

function toItem(row: ItemRow): StoredItem {
  const { fields, ...rest } = row;
  return { ...rest, values: JSON.parse(fields) as Record<string, FieldValue> };
}

interface ListStatements {
  listByTitle: Statement<[string], { id: string; created: string }>;
  listTitles: Statement<[], { title: string }>;
  listStats: Statement<[string], { n: number; last: string | null }>;
  itemsOf: Statement<[string], ItemRow>;
  itemById: Statement<[string, number], ItemRow>;
  nextId: Statement<[string], { nextItemId: number }>;
  bumpNextId: Statement<[number, string]>;
  insert: Statement<[string, number, number, string, string, string, number, number, string]>;
  update: Statement<[number, string, number, string, string, number]>;
  remove: Statement<[string, number]>;
  siteUser: Statement<[string], { id: number }>;
  addSiteUser: Statement<[string]>;
  stamp: Statement<[string], { n: number; versions: number; ids: number }>;
  insertList: Statement<[string, string, string]>;
}

function prepareStatements(db: Database): ListStatements {
  return {
    listByTitle: db.prepare('SELECT id, created FROM sp_lists WHERE title = ?'),
    listTitles: db.prepare('SELECT title FROM sp_lists ORDER BY title'),
    listStats: db.prepare('SELECT COUNT(*) AS n, MAX(modified) AS last FROM sp_list_items WHERE listId = ?'),
    itemsOf: db.prepare('SELECT * FROM sp_list_items WHERE listId = ? ORDER BY id'),
    itemById: db.prepare('SELECT * FROM sp_list_items WHERE listId = ? AND id = ?'),
    nextId: db.prepare('SELECT nextItemId FROM sp_lists WHERE id = ?'),
    bumpNextId: db.prepare('UPDATE sp_lists SET nextItemId = ? WHERE id = ?'),
    insert: db.prepare(
      'INSERT INTO sp_list_items (listId, id, version, guid, created, modified, authorId, editorId, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
    ),
    update: db.prepare(
      'UPDATE sp_list_items SET version = ?, modified = ?, editorId = ?, fields = ? WHERE listId = ? AND id = ?'
    ),
    remove: db.prepare('DELETE FROM sp_list_items WHERE listId = ? AND id = ?'),
    siteUser: db.prepare('SELECT id FROM sp_site_users WHERE userId = ?'),
    addSiteUser: db.prepare('INSERT INTO sp_site_users (userId) VALUES (?)'),
    stamp: db.prepare(
      'SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS versions, COALESCE(SUM(id), 0) AS ids FROM sp_list_items WHERE listId = ?'
    ),
    insertList: db.prepare('INSERT INTO sp_lists (id, title, created, nextItemId) VALUES (?, ?, ?, 1)')
  };
}

/** Kring's lists and their items on the intranet site, with statements prepared once. */
export class ListStore {
  private readonly statements: ListStatements;
  private readonly cachedItems = new Map<string, { stamp: string; items: StoredItem[] }>();
  private readonly insertTransaction: (listId: string, item: NewItem) => StoredItem;

  public constructor(private readonly db: Database) {
    this.statements = prepareStatements(db);
    this.insertTransaction = db.transaction((listId: string, item: NewItem) => this.insertNow(listId, item));
  }

  /** Drops every list and item and creates the template's lists empty. */
  public recreate(schemas: readonly ListSchema[], created: string): void {
    this.db.exec(
      "DELETE FROM sp_list_items; DELETE FROM sp_lists; DELETE FROM sp_site_users; DELETE FROM sqlite_sequence WHERE name = 'sp_site_users';"
    );
    for (const schema of schemas) {
      this.statements.insertList.run(schema.id, schema.title, created);
    }
    this.cachedItems.clear();
  }

  /** The list with this title (case-insensitive, like SharePoint), if it exists on the site and in the template. */
  public findByTitle(title: string): ListRecord | undefined {
    const row = this.statements.listByTitle.get(title);
    const schema = row ? loadListSchemas().find((candidate) => candidate.id === row.id) : undefined;
    if (!row || !schema) {
      return undefined;
    }
    const stats = this.statements.listStats.get(row.id) as { n: number; last: string | null };
    return { schema, created: row.created, itemCount: stats.n, lastItemModified: stats.last ?? row.created };
  }

  public all(): ListRecord[] {
    return this.statements.listTitles
      .all()
      .map((row) => this.findByTitle(row.title))
      .filter((list): list is ListRecord => list !== undefined);
  }

  /** The list's items, parsed once and reused until the list changes. Callers must not mutate them. */
  public items(listId: string): readonly StoredItem[] {
    const row = this.statements.stamp.get(listId) as { n: number; versions: number; ids: number };
    const stamp = `${row.n}/${row.versions}/${row.ids}`;
    const cached = this.cachedItems.get(listId);
    if (cached && cached.stamp === stamp) {
      return cached.items;
    }
    const items = this.statements.itemsOf.all(listId).map(toItem);
    this.cachedItems.set(listId, { stamp, items });
    return items;
  }

  public item(listId: string, id: number): StoredItem | undefined {
    const row = this.statements.itemById.get(listId, id);
    return row ? toItem(row) : undefined;
  }

  public insert(listId: string, item: NewItem): StoredItem {
    return this.insertTransaction(listId, item);
  }

  public update(item: StoredItem, changes: Record<string, FieldValue>, editorId: number, modified: string): StoredItem {
    const updated: StoredItem = {
      ...item,
      version: item.version + 1,
      modified,
      editorId,
      values: { ...item.values, ...changes }
    };
    this.statements.update.run(
      updated.version,
      updated.modified,
      updated.editorId,
      JSON.stringify(updated.values),
      item.listId,
      item.id
    );
    return updated;
  }

  public delete(item: StoredItem): void {
    this.statements.remove.run(item.listId, item.id);
  }

  /** The site-collection user id (the integer behind AuthorId/EditorId) of an Entra user, created on first use. */
  public siteUserId(userId: string): number {
    const existing = this.statements.siteUser.get(userId);
    return existing ? existing.id : Number(this.statements.addSiteUser.run(userId).lastInsertRowid);
  }

  private insertNow(listId: string, item: NewItem): StoredItem {
    const { nextItemId } = this.statements.nextId.get(listId) as { nextItemId: number };
    this.statements.bumpNextId.run(nextItemId + 1, listId);
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
    const { id, version, guid, created, modified, authorId, editorId } = stored;
    this.statements.insert.run(
      listId,
      id,
      version,
      guid,
      created,
      modified,
      authorId,
      editorId,
      JSON.stringify(stored.values)
    );
    return stored;
  }
}
