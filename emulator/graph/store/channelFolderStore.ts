import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import { ensureFileTables } from '../../shared/store/libraryFiles';

/** What a channel's files folder holds, summed up from the team site's library. */
export interface FolderSummary {
  childCount: number;
  size: number;
  lastModified: string | null;
}

/** The files of channel folders, as Graph's `filesFolder` sums them up. */
export class ChannelFolderStore {
  private readonly summary: Statement<[string], FolderSummary>;

  public constructor(db: Database) {
    ensureFileTables(db);
    this.summary = db.prepare(`SELECT COUNT(*) AS childCount, COALESCE(SUM(length(content)), 0) AS size,
      MAX(modified) AS lastModified FROM sp_files WHERE folder = ?`);
  }

  public summaryOf(folder: string): FolderSummary {
    return this.summary.get(folder) ?? { childCount: 0, size: 0, lastModified: null };
  }
}
