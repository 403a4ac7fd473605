import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { UserRow } from '../../shared/store/rows';

/** Columns a signed-in user may change on herself with `PATCH /me`. */
export const EDITABLE_USER_COLUMNS = [
  'aboutMe',
  'skills',
  'interests',
  'responsibilities',
  'pastProjects',
  'schools',
  'businessPhones',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage'
] as const;
export type EditableUserColumn = (typeof EDITABLE_USER_COLUMNS)[number];

/** Users: look-ups by id or userPrincipalName, the head count and profile updates. */
export class UserStore {
  private readonly byId: Statement<[string], UserRow>;
  private readonly byUpn: Statement<[string], UserRow>;
  private readonly nameById: Statement<[string], { displayName: string }>;
  private readonly total: Statement<[], { n: number }>;
  private readonly setEtag: Statement<[string, string]>;
  private readonly setColumn: ReadonlyMap<EditableUserColumn, Statement<[string | null, string]>>;
  private readonly updateAll: (
    id: string,
    updates: Partial<Record<EditableUserColumn, string | null>>,
    etag: string
  ) => void;

  public constructor(db: Database) {
    this.byId = db.prepare('SELECT * FROM users WHERE id = ?');
    this.byUpn = db.prepare('SELECT * FROM users WHERE userPrincipalName = ? COLLATE NOCASE');
    this.nameById = db.prepare('SELECT displayName FROM users WHERE id = ?');
    this.total = db.prepare('SELECT COUNT(*) AS n FROM users');
    this.setEtag = db.prepare('UPDATE users SET etag = ? WHERE id = ?');
    this.setColumn = new Map(
      EDITABLE_USER_COLUMNS.map((column) => [
        column,
        db.prepare<[string | null, string]>(`UPDATE users SET ${column} = ? WHERE id = ?`)
      ])
    );
    this.updateAll = db.transaction(
      (id: string, updates: Partial<Record<EditableUserColumn, string | null>>, etag: string) => {
        for (const [column, value] of Object.entries(updates) as Array<[EditableUserColumn, string | null]>) {
          this.setColumn.get(column)?.run(value, id);
        }
        this.setEtag.run(etag, id);
      }
    );
  }

  /** A user by object id or userPrincipalName, as Graph accepts either in `/users/{id}`. */
  public find(idOrUpn: string): UserRow | undefined {
    return idOrUpn.includes('@') ? this.byUpn.get(idOrUpn) : this.byId.get(idOrUpn.toLowerCase());
  }

  /** Only the display name (what a message's author needs), without reading the whole profile row. */
  public displayName(id: string): string | undefined {
    return this.nameById.get(id.toLowerCase())?.displayName;
  }

  public count(): number {
    return (this.total.get() as { n: number }).n;
  }

  /** Writes the given columns (JSON columns already serialised) and the new ETag in one transaction. */
  public update(id: string, updates: Partial<Record<EditableUserColumn, string | null>>, etag: string): void {
    this.updateAll(id, updates, etag);
  }
}
