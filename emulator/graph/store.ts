import type { Database } from '../store/schema';
import type { ChannelRow, GroupRow, MemberRole, MessageRow, UserRow } from '../store/rows';

/** Prepared look-ups shared by the Graph routes. */
export class GraphStore {
  private readonly userById;
  private readonly userByUpn;
  private readonly groupById;
  private readonly roleOf;
  private readonly channelById;
  private readonly messageById;

  public constructor(public readonly db: Database) {
    this.userById = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
    this.userByUpn = db.prepare<[string], UserRow>('SELECT * FROM users WHERE userPrincipalName = ? COLLATE NOCASE');
    this.groupById = db.prepare<[string], GroupRow>('SELECT * FROM groups WHERE id = ?');
    this.roleOf = db.prepare<[string, string], { role: MemberRole }>('SELECT role FROM group_members WHERE groupId = ? AND userId = ?');
    this.channelById = db.prepare<[string, string], ChannelRow>('SELECT * FROM channels WHERE teamId = ? AND id = ?');
    this.messageById = db.prepare<[string, string], MessageRow>('SELECT * FROM messages WHERE channelId = ? AND id = ?');
  }

  /** A user by object id or userPrincipalName, as Graph accepts either in `/users/{id}`. */
  public findUser(idOrUpn: string): UserRow | undefined {
    return idOrUpn.includes('@') ? this.userByUpn.get(idOrUpn) : this.userById.get(idOrUpn.toLowerCase());
  }

  public findGroup(id: string): GroupRow | undefined {
    return this.groupById.get(id.toLowerCase());
  }

  public rolesOf(groupId: string, userId: string): Set<MemberRole> {
    return new Set(this.roleOf.all(groupId, userId).map((row) => row.role));
  }

  public findChannel(teamId: string, channelId: string): ChannelRow | undefined {
    return this.channelById.get(teamId, channelId);
  }

  public findMessage(channelId: string, messageId: string): MessageRow | undefined {
    return this.messageById.get(channelId, messageId);
  }
}
