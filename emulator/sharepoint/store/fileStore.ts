import { randomUUID } from 'crypto';
import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import { ensureFileTables } from '../../shared/store/libraryFiles';

/** A file in a document library, without its bytes. */
export interface StoredFile {
  serverRelativeUrl: string;
  folder: string;
  name: string;
  uniqueId: string;
  length: number;
  version: number;
  created: string;
  modified: string;
  authorId: string;
  editorId: string;
}

/** A file the seed puts in a library: its Title and extracted text are what search finds it by. */
export interface SeededFile {
  serverRelativeUrl: string;
  folder: string;
  name: string;
  uniqueId: string;
  title: string;
  summary: string;
  created: string;
  modified: string;
  authorId: string;
  editorId: string;
  version: number;
}

export interface UploadSession {
  uploadId: string;
  serverRelativeUrl: string;
  /** Bytes received so far: the offset the next fragment must start at. */
  received: number;
  userId: string;
}

const FILE_COLUMNS =
  'serverRelativeUrl, folder, name, uniqueId, length(content) AS length, version, created, modified, authorId, editorId';

/** Files and upload sessions, with statements prepared once. */
export class FileStore {
  private readonly db: Database;
  private readonly byUrl: Statement<[string], StoredFile>;
  private readonly contentOf: Statement<[string], { content: Buffer }>;
  private readonly countIn: Statement<[string], { count: number }>;
  private readonly upsert: Statement<[Record<string, unknown>]>;
  private readonly insertSeeded: Statement<[SeededFile & { content: Buffer }]>;
  private readonly sessionById: Statement<[string], UploadSession>;
  private readonly insertSession: Statement<[UploadSession]>;
  private readonly setReceived: Statement<[number, string]>;
  private readonly insertChunk: Statement<[string, number, Buffer]>;
  private readonly chunksOf: Statement<[string], { bytes: Buffer }>;
  private readonly deleteSession: Statement<[string]>;
  private readonly deleteChunks: Statement<[string]>;
  private readonly deleteFile: Statement<[string]>;
  private readonly sessionsOf: Statement<[string], { uploadId: string }>;

  public constructor(db: Database) {
    ensureFileTables(db);
    this.db = db;
    this.byUrl = db.prepare(`SELECT ${FILE_COLUMNS} FROM sp_files WHERE serverRelativeUrl = ?`);
    this.contentOf = db.prepare('SELECT content FROM sp_files WHERE serverRelativeUrl = ?');
    this.countIn = db.prepare('SELECT COUNT(*) AS count FROM sp_files WHERE folder = ?');
    this.upsert =
      db.prepare(`INSERT INTO sp_files (serverRelativeUrl, folder, name, uniqueId, content, version, created,
      modified, authorId, editorId) VALUES (@serverRelativeUrl, @folder, @name, @uniqueId, @content, 1, @now, @now, @userId,
      @userId) ON CONFLICT (serverRelativeUrl) DO UPDATE SET content = excluded.content, version = version + 1,
      modified = excluded.modified, editorId = excluded.editorId`);
    this.insertSeeded = db.prepare(`INSERT INTO sp_files (serverRelativeUrl, folder, name, uniqueId, content, version,
      created, modified, authorId, editorId, title, summary) VALUES (@serverRelativeUrl, @folder, @name, @uniqueId,
      @content, @version, @created, @modified, @authorId, @editorId, @title, @summary)`);
    this.sessionById = db.prepare('SELECT * FROM sp_upload_sessions WHERE uploadId = ?');
    this.insertSession = db.prepare(
      'INSERT INTO sp_upload_sessions (uploadId, serverRelativeUrl, received, userId) VALUES (@uploadId, @serverRelativeUrl, @received, @userId)'
    );
    this.setReceived = db.prepare('UPDATE sp_upload_sessions SET received = ? WHERE uploadId = ?');
    this.insertChunk = db.prepare('INSERT INTO sp_upload_chunks (uploadId, position, bytes) VALUES (?, ?, ?)');
    this.chunksOf = db.prepare('SELECT bytes FROM sp_upload_chunks WHERE uploadId = ? ORDER BY position');
    this.deleteSession = db.prepare('DELETE FROM sp_upload_sessions WHERE uploadId = ?');
    this.deleteChunks = db.prepare('DELETE FROM sp_upload_chunks WHERE uploadId = ?');
    this.deleteFile = db.prepare('DELETE FROM sp_files WHERE serverRelativeUrl = ?');
    this.sessionsOf = db.prepare('SELECT uploadId FROM sp_upload_sessions WHERE serverRelativeUrl = ?');
  }

  public find(serverRelativeUrl: string): StoredFile | undefined {
    return this.byUrl.get(serverRelativeUrl);
  }

  public content(serverRelativeUrl: string): Buffer | undefined {
    return this.contentOf.get(serverRelativeUrl)?.content;
  }

  public countInFolder(folder: string): number {
    return this.countIn.get(folder)?.count ?? 0;
  }

  /** Creates the file or replaces its content (a new version); answers it as stored. */
  public write(folder: string, name: string, content: Buffer, userId: string): StoredFile {
    const serverRelativeUrl = `${folder}/${name}`;
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.upsert.run({ serverRelativeUrl, folder, name, uniqueId: randomUUID(), content, now, userId });
    return this.find(serverRelativeUrl) as StoredFile;
  }

  /** Removes the file and any upload session still open on it. */
  public remove(serverRelativeUrl: string): void {
    this.db.transaction(() => {
      for (const { uploadId } of this.sessionsOf.all(serverRelativeUrl)) {
        this.deleteChunks.run(uploadId);
        this.deleteSession.run(uploadId);
      }
      this.deleteFile.run(serverRelativeUrl);
    })();
  }

  /** Stores a seeded file; its bytes are its extracted text. */
  public addSeeded(file: SeededFile): void {
    this.insertSeeded.run({ ...file, content: Buffer.from(file.summary, 'utf8') });
  }

  public session(uploadId: string): UploadSession | undefined {
    return this.sessionById.get(uploadId);
  }

  public startSession(session: UploadSession, first: Buffer): void {
    this.db.transaction(() => {
      this.insertSession.run(session);
      this.insertChunk.run(session.uploadId, 0, first);
    })();
  }

  /** Adds a fragment at the session's current end; answers the new total. */
  public append(session: UploadSession, fragment: Buffer): number {
    if (fragment.length === 0) {
      return session.received;
    }
    const received = session.received + fragment.length;
    this.db.transaction(() => {
      this.insertChunk.run(session.uploadId, session.received, fragment);
      this.setReceived.run(received, session.uploadId);
    })();
    return received;
  }

  /** Everything the session received, in order; the session is gone afterwards. */
  public takeSessionBytes(uploadId: string): Buffer {
    const bytes = Buffer.concat(this.chunksOf.all(uploadId).map((row) => row.bytes));
    this.endSession(uploadId);
    return bytes;
  }

  public endSession(uploadId: string): void {
    this.db.transaction(() => {
      this.deleteChunks.run(uploadId);
      this.deleteSession.run(uploadId);
    })();
  }
}
