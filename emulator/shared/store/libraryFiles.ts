import type { Database } from './database';

/** A team site's Documents library lives at `Shared Documents`; each channel has its folder there, by name. */
export const TEAM_LIBRARY_FOLDER = 'Shared Documents';

/** The server-relative URL of a channel's folder, which Graph's `filesFolder` and SharePoint REST both name. */
export function channelFolderPath(siteName: string, channelName: string): string {
  return `/sites/${siteName}/${TEAM_LIBRARY_FOLDER}/${channelName}`;
}

/** Files in document libraries (their bytes in SQLite) and chunked upload sessions. */
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
      editorId TEXT NOT NULL
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
}

/** Uploaded files and sessions are not part of the seed: a reset removes them. */
export function clearFiles(db: Database): void {
  db.exec('DELETE FROM sp_files; DELETE FROM sp_upload_sessions; DELETE FROM sp_upload_chunks;');
}
