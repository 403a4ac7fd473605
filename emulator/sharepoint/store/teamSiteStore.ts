import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { GroupRow, MemberRole, UserRow } from '../../shared/store/rows';

export type TeamGroup = Pick<
  GroupRow,
  'id' | 'displayName' | 'description' | 'mailNickname' | 'visibility' | 'createdDateTime'
>;

/** The Microsoft 365 groups behind team sites (`/sites/<mailNickname>`) and their people, read from the Graph tables. */
export class TeamSiteStore {
  private readonly byNickname: Statement<[string], TeamGroup>;
  private readonly roles: Statement<[string, string], { role: MemberRole }>;
  private readonly userByUpn: Statement<[string], UserRow>;

  public constructor(db: Database) {
    this.byNickname = db.prepare(
      'SELECT id, displayName, description, mailNickname, visibility, createdDateTime FROM groups WHERE mailNickname = ? COLLATE NOCASE'
    );
    this.roles = db.prepare('SELECT role FROM group_members WHERE groupId = ? AND userId = ?');
    this.userByUpn = db.prepare('SELECT * FROM users WHERE userPrincipalName = ? COLLATE NOCASE');
  }

  public groupWithNickname(mailNickname: string): TeamGroup | undefined {
    return this.byNickname.get(mailNickname);
  }

  /** A user by userPrincipalName, as a claims login name (`i:0#.f|membership|<upn>`) ends. */
  public userWithUpn(userPrincipalName: string): UserRow | undefined {
    return this.userByUpn.get(userPrincipalName);
  }

  public rolesOf(groupId: string, userId: string): Set<MemberRole> {
    return new Set(this.roles.all(groupId, userId).map((row) => row.role));
  }
}
