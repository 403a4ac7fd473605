import type BetterSqlite3 from 'better-sqlite3';
import { listItems, type StoredItem } from './listStore';

type Database = BetterSqlite3.Database;

interface CachedList {
  stamp: string;
  items: StoredItem[];
}

const caches = new WeakMap<Database, Map<string, CachedList>>();

/** Changes whenever an item of the list is added, updated (its version goes up) or deleted. */
function stampOf(db: Database, listId: string): string {
  const row = db
    .prepare('SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS versions, COALESCE(SUM(id), 0) AS ids FROM sp_list_items WHERE listId = ?')
    .get(listId) as { n: number; versions: number; ids: number };
  return `${row.n}/${row.versions}/${row.ids}`;
}

/** The list's items, parsed once and reused until the list changes. Callers must not mutate them. */
export function cachedListItems(db: Database, listId: string): readonly StoredItem[] {
  let perList = caches.get(db);
  if (!perList) {
    perList = new Map();
    caches.set(db, perList);
  }
  const stamp = stampOf(db, listId);
  const cached = perList.get(listId);
  if (cached && cached.stamp === stamp) {
    return cached.items;
  }
  const items = listItems(db, listId);
  perList.set(listId, { stamp, items });
  return items;
}
