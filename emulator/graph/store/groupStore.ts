import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { GroupRow, MemberRole } from '../../shared/store/rows';

/** Groups and memberships. */
export class GroupStore {
  private readonly byId: Statement<[string], GroupRow>;
  private readonly roles: Statement<[string, string], { role: MemberRole }>;
  private readonly insertMember: Statement<[string, string]>;
  private readonly deleteMember: Statement<[string, string]>;
  private readonly joined: Statement<[string], GroupRow>;

  public constructor(db: Database) {
    this.byId = db.prepare('SELECT * FROM groups WHERE id = ?');
    this.roles = db.prepare('SELECT role FROM group_members WHERE groupId = ? AND userId = ?');
    this.insertMember = db.prepare("INSERT INTO group_members (groupId, userId, role) VALUES (?, ?, 'member')");
    this.deleteMember = db.prepare("DELETE FROM group_members WHERE groupId = ? AND userId = ? AND role = 'member'");
    this.joined = db.prepare(
      "SELECT g.* FROM groups g JOIN group_members m ON m.groupId = g.id AND m.role = 'member' WHERE m.userId = ? ORDER BY g.displayName"
    );
  }

  public find(id: string): GroupRow | undefined {
    return this.byId.get(id.toLowerCase());
  }

  public rolesOf(groupId: string, userId: string): Set<MemberRole> {
    return new Set(this.roles.all(groupId, userId).map((row) => row.role));
  }

  public addMember(groupId: string, userId: string): void {
    this.insertMember.run(groupId, userId);
  }

  public removeMember(groupId: string, userId: string): void {
    this.deleteMember.run(groupId, userId);
  }

  /** The teams (groups) a user is a member of, by name. */
  public joinedBy(userId: string): GroupRow[] {
    return this.joined.all(userId);
  }
}
