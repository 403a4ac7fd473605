import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'fs';
import { dirname } from 'path';
import { createGraphTables } from './schema';

/** The emulator's one database handle type, used by every store, seed and route module. */
export type Database = BetterSqlite3.Database;

/** Opens (creating when needed) the emulator database with the Graph tables in place. */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
  }
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  createGraphTables(db);
  return db;
}
