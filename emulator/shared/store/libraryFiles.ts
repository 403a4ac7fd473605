import type { Database } from './database';

/** A team site's Documents library lives at `Shared Documents`; each channel has its folder there, by name. */
export const TEAM_LIBRARY_FOLDER = 'Shared Documents';

/** The server-relative URL of a channel's folder, which Graph's `filesFolder` and SharePoint REST both name. */
export function channelFolderPath(siteName: string, channelName: string): string {
  return `/sites/${siteName}/${TEAM_LIBRARY_FOLDER}/${channelName}`;
}

/**
 * The search index over `sp_files` (FTS5): the words of each file's title, name, extracted text and author, kept in
 * step by triggers, so an uploaded file is found as soon as it is stored. Row ids follow `sp_files`.
 */
function ensureFileSearchIndex(db: Database): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sp_file_search'").get();
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS sp_file_search USING fts5 (
      title, filename, summary, author, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER IF NOT EXISTS sp_files_indexed AFTER INSERT ON sp_files BEGIN
      INSERT INTO sp_file_search (rowid, title, filename, summary, author) VALUES (NEW.rowid, coalesce(NEW.title, NEW.name),
        NEW.name, coalesce(NEW.summary, ''), coalesce((SELECT displayName FROM users WHERE id = NEW.authorId), ''));
    END;
    CREATE TRIGGER IF NOT EXISTS sp_files_unindexed AFTER DELETE ON sp_files BEGIN
      DELETE FROM sp_file_search WHERE rowid = OLD.rowid;
    END;
  `);
  if (!exists) {
    db.exec(`INSERT INTO sp_file_search (rowid, title, filename, summary, author)
      SELECT f.rowid, coalesce(f.title, f.name), f.name, coalesce(f.summary, ''), coalesce(u.displayName, '')
      FROM sp_files f LEFT JOIN users u ON u.id = f.authorId`);
  }
}

/** Databases made before files had a title and extracted text get the two columns. */
function addTextColumns(db: Database): void {
  const columns = new Set((db.prepare('PRAGMA table_info(sp_files)').all() as { name: string }[]).map((c) => c.name));
  for (const column of ['title', 'summary']) {
    if (!columns.has(column)) {
      db.exec(`ALTER TABLE sp_files ADD COLUMN ${column} TEXT`);
    }
  }
}

/**
 * Files in document libraries (their bytes in SQLite) and chunked upload sessions. `title` is the document's Title
 * (none for an upload: search then uses the name) and `summary` the text a crawler would extract from it.
 */
export function ensureFileTables(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS sp_files (
      serverRelativeUrl TEXT PRIMARY KEY COLLATE NOCASE,
      folder TEXT NOT NULL COLLATE NOCASE,
      name TEXT NOT NULL,
      uniqueId TEXT NOT NULL,
      content BLOB NOT NULL,
      version INTEGER NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      authorId TEXT NOT NULL,
      editorId TEXT NOT NULL,
      title TEXT,
      summary TEXT
    );
    CREATE INDEX IF NOT EXISTS sp_files_folder ON sp_files (folder);
    CREATE TABLE IF NOT EXISTS sp_upload_sessions (
      uploadId TEXT PRIMARY KEY COLLATE NOCASE,
      serverRelativeUrl TEXT NOT NULL COLLATE NOCASE,
      received INTEGER NOT NULL,
      userId TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS sp_upload_chunks (
      uploadId TEXT NOT NULL COLLATE NOCASE,
      position INTEGER NOT NULL,
      bytes BLOB NOT NULL,
      PRIMARY KEY (uploadId, position)
    );
  `);
  addTextColumns(db);
  ensureFileSearchIndex(db);
}

/** Uploaded files and sessions are not part of the seed: a reset removes them (the seed then puts its files back). */
export function clearFiles(db: Database): void {
  db.exec('DELETE FROM sp_files; DELETE FROM sp_upload_sessions; DELETE FROM sp_upload_chunks;');
}
