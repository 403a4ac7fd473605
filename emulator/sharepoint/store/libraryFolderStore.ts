import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';

/** What the folders of a team site's Documents library follow: the team's channels, one folder each. */
export class LibraryFolderStore {
  private readonly channelNames: Statement<[string], { displayName: string }>;

  public constructor(db: Database) {
    this.channelNames = db.prepare('SELECT displayName FROM channels WHERE teamId = ? ORDER BY displayName');
  }

  public channelFolderNames(teamId: string): string[] {
    return this.channelNames.all(teamId).map((row) => row.displayName);
  }
}
