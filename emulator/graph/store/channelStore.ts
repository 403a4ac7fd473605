import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { ChannelRow } from '../../shared/store/rows';

/** The channels of teams. */
export class ChannelStore {
  private readonly byId: Statement<[string, string], ChannelRow>;
  private readonly ofTeam: Statement<[string], ChannelRow>;
  private readonly primaryOf: Statement<[string], ChannelRow>;

  public constructor(db: Database) {
    this.byId = db.prepare('SELECT * FROM channels WHERE teamId = ? AND id = ?');
    this.ofTeam = db.prepare('SELECT * FROM channels WHERE teamId = ? ORDER BY isPrimary DESC, displayName');
    this.primaryOf = db.prepare('SELECT * FROM channels WHERE teamId = ? AND isPrimary = 1');
  }

  public find(teamId: string, channelId: string): ChannelRow | undefined {
    return this.byId.get(teamId, channelId);
  }

  /** The primary channel (General) first, then the others by name. */
  public ofTeamId(teamId: string): ChannelRow[] {
    return this.ofTeam.all(teamId);
  }

  public primary(teamId: string): ChannelRow | undefined {
    return this.primaryOf.get(teamId);
  }
}
