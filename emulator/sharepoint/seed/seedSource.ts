import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { ChannelRow as StoredChannelRow, MessageRow as StoredMessageRow } from '../../shared/store/rows';

export interface SeedGroup {
  id: string;
  displayName: string;
  createdDateTime: string;
}

export type SeedChannel = Pick<StoredChannelRow, 'id' | 'displayName'>;

export type SeedMessage = Pick<
  StoredMessageRow,
  | 'id'
  | 'teamId'
  | 'channelId'
  | 'replyToId'
  | 'fromUserId'
  | 'subject'
  | 'bodyContent'
  | 'createdDateTime'
  | 'attachments'
  | 'reactions'
>;

/** The Graph data the lists are filled from, read with statements prepared once per seed. */
export class SeedSource {
  private readonly groupRows: Statement<[], SeedGroup>;
  private readonly userNames: Statement<[], { id: string; displayName: string }>;
  private readonly primaryChannel: Statement<[string], SeedChannel>;
  private readonly channelMessages: Statement<[string], SeedMessage>;
  private readonly groupOwners: Statement<[string], { userId: string }>;
  private readonly staffRows: Statement<[], { id: string; department: string | null }>;

  public constructor(db: Database) {
    this.groupRows = db.prepare('SELECT id, displayName, createdDateTime FROM groups ORDER BY displayName');
    this.userNames = db.prepare('SELECT id, displayName FROM users');
    this.primaryChannel = db.prepare('SELECT id, displayName FROM channels WHERE teamId = ? AND isPrimary = 1');
    this.channelMessages = db.prepare(
      `SELECT id, teamId, channelId, replyToId, fromUserId, subject, bodyContent, createdDateTime, attachments, reactions
       FROM messages WHERE channelId = ? AND deletedDateTime IS NULL ORDER BY createdDateTime, id`
    );
    this.staffRows = db.prepare(
      "SELECT id, department FROM users WHERE userType = 'Member' AND accountEnabled = 1 AND givenName IS NOT NULL ORDER BY rowid"
    );
    this.groupOwners = db.prepare(
      "SELECT userId FROM group_members WHERE groupId = ? AND role = 'owner' ORDER BY userId"
    );
  }

  public groups(): SeedGroup[] {
    return this.groupRows.all();
  }

  public displayNames(): Map<string, string> {
    return new Map(this.userNames.all().map((row) => [row.id, row.displayName]));
  }

  public generalChannel(groupId: string): SeedChannel | undefined {
    return this.primaryChannel.get(groupId);
  }

  /** The channel's messages that are not deleted, oldest first. */
  public messages(channelId: string): SeedMessage[] {
    return this.channelMessages.all(channelId);
  }

  public owners(groupId: string): string[] {
    return this.groupOwners.all(groupId).map((row) => row.userId);
  }

  /** Enabled members of staff with a name (no service accounts), in seed order, with their department. */
  public staff(): { id: string; department: string | null }[] {
    return this.staffRows.all();
  }
}
