import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { UserRow } from '../../shared/store/rows';

/** One person as the People result source indexes them: managed property name -> values. */
export interface PersonDocument {
  id: string;
  /** Managed property values by lower-case property name; multi-valued properties have several entries. */
  values: ReadonlyMap<string, readonly string[]>;
  /** The same values normalised to word lists, filled per property on first use (see propertyWords). */
  words: Map<string, readonly (readonly string[])[]>;
  hasPhoto: boolean;
  userPrincipalName: string;
  /** The display name folded for ordering ties, compared by code unit (fast, and stable across machines). */
  sortName: string;
}

/** The users-table columns the index reads. */
export type PersonRow = Pick<
  UserRow,
  | 'id'
  | 'userPrincipalName'
  | 'displayName'
  | 'givenName'
  | 'surname'
  | 'mail'
  | 'jobTitle'
  | 'department'
  | 'officeLocation'
  | 'businessPhones'
  | 'mobilePhone'
  | 'userType'
  | 'aboutMe'
  | 'skills'
  | 'interests'
  | 'responsibilities'
  | 'pastProjects'
  | 'schools'
  | 'hasPhoto'
>;

/** Orders names and values as a Dutch reader expects; one shared instance, as creating collators is slow. */
export const DUTCH_COLLATOR = new Intl.Collator('nl');

/** Folds case and accents and splits into words: how the index and the query both see text. */
export function normaliseWords(text: string): string[] {
  // Most values are plain ASCII: skip the (slow) Unicode decomposition for them.
  const folded = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .split(/[^\p{L}\p{N}#+]+/u)
    .filter((word) => word !== '');
}

function stringArray(json: string | null): string[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed)
      ? parsed.filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      : [];
  } catch {
    return [];
  }
}

export function accountNameFor(userPrincipalName: string): string {
  return `i:0#.f|membership|${userPrincipalName.toLowerCase()}`;
}

export function personDocument(row: PersonRow): PersonDocument {
  const phones = stringArray(row.businessPhones);
  const entries: [string, (string | null)[]][] = [
    ['accountname', [accountNameFor(row.userPrincipalName)]],
    ['username', [row.userPrincipalName]],
    ['preferredname', [row.displayName]],
    ['firstname', [row.givenName]],
    ['lastname', [row.surname]],
    ['jobtitle', [row.jobTitle]],
    ['department', [row.department]],
    ['workemail', [row.mail]],
    ['sipaddress', [row.mail]],
    ['workphone', [phones[0] ?? null]],
    ['mobilephone', [row.mobilePhone]],
    ['officenumber', [row.officeLocation]],
    ['aboutme', [row.aboutMe]],
    ['skills', stringArray(row.skills)],
    ['interests', stringArray(row.interests)],
    ['responsibilities', stringArray(row.responsibilities)],
    ['pastprojects', stringArray(row.pastProjects)],
    ['schools', stringArray(row.schools)],
    ['aadobjectid', [row.id]],
    ['usertype', [row.userType]]
  ];
  const values = new Map<string, string[]>();
  for (const [name, raw] of entries) {
    values.set(
      name,
      raw.filter((value): value is string => typeof value === 'string' && value !== '')
    );
  }
  const sortName = normaliseWords(row.displayName).join(' ');
  return {
    id: row.id,
    values,
    words: new Map(),
    hasPhoto: row.hasPhoto === 1,
    userPrincipalName: row.userPrincipalName,
    sortName
  };
}

/**
 * The normalised words of each value of one property. Computed when a query first needs that property, which keeps
 * building the index of a large organisation cheap.
 */
export function propertyWords(document: PersonDocument, property: string): readonly (readonly string[])[] {
  let words = document.words.get(property);
  if (!words) {
    words = (document.values.get(property) ?? []).map(normaliseWords);
    document.words.set(property, words);
  }
  return words;
}

/**
 * Who the People result source holds: enabled accounts, guests included, without service accounts (members
 * with neither a given name nor a surname, as unlicensed integration accounts are).
 */
const PEOPLE_SQL = `
  SELECT id, userPrincipalName, displayName, givenName, surname, mail, jobTitle, department, officeLocation, businessPhones,
         mobilePhone, userType, aboutMe, skills, interests, responsibilities, pastProjects, schools, hasPhoto
  FROM users
  WHERE accountEnabled = 1 AND NOT (userType = 'Member' AND givenName IS NULL AND surname IS NULL)
  ORDER BY rowid`;

interface CachedIndex {
  documents: PersonDocument[];
  positions: Map<string, number>;
}

/** More changed people than this since the last search and the index is rebuilt rather than patched. */
const MAX_INCREMENTAL_CHANGES = 500;

/**
 * Records which users changed, with triggers on the users table, so the index patches just those people (a
 * profile edit shows up in the next search, where SharePoint Online would take until its next crawl). Safe to call
 * repeatedly.
 */
export function ensurePeopleChangeTracking(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS sp_people_changes (userId TEXT PRIMARY KEY);
    CREATE TRIGGER IF NOT EXISTS sp_users_inserted AFTER INSERT ON users BEGIN INSERT OR IGNORE INTO sp_people_changes (userId) VALUES (NEW.id); END;
    CREATE TRIGGER IF NOT EXISTS sp_users_updated AFTER UPDATE ON users BEGIN
      INSERT OR IGNORE INTO sp_people_changes (userId) VALUES (OLD.id);
      INSERT OR IGNORE INTO sp_people_changes (userId) VALUES (NEW.id);
    END;
    CREATE TRIGGER IF NOT EXISTS sp_users_deleted AFTER DELETE ON users BEGIN INSERT OR IGNORE INTO sp_people_changes (userId) VALUES (OLD.id); END;
  `);
}

function indexOf(documents: PersonDocument[]): CachedIndex {
  return { documents, positions: new Map(documents.map((document, position) => [document.id, position])) };
}

/** The people index of one database: built on first use, then patched with the people who changed since the previous search. */
export class PeopleIndex {
  private cached: CachedIndex | undefined;
  private readonly everyone: Statement<[], PersonRow>;
  private readonly person: Statement<[string], PersonRow>;
  private readonly changes: Statement<[], { userId: string }>;
  private readonly clearChanges: Statement<[]>;

  public constructor(db: Database) {
    ensurePeopleChangeTracking(db);
    this.everyone = db.prepare(PEOPLE_SQL);
    this.person = db.prepare(PEOPLE_SQL.replace('ORDER BY rowid', 'AND id = ?'));
    this.changes = db.prepare(`SELECT userId FROM sp_people_changes LIMIT ${MAX_INCREMENTAL_CHANGES + 1}`);
    this.clearChanges = db.prepare('DELETE FROM sp_people_changes');
  }

  public documents(): readonly PersonDocument[] {
    const changed = this.changes.all().map((row) => row.userId);
    if (this.cached && changed.length === 0) {
      return this.cached.documents;
    }
    this.cached =
      this.cached && changed.length <= MAX_INCREMENTAL_CHANGES
        ? this.patched(this.cached, changed)
        : indexOf(this.everyone.all().map(personDocument));
    this.clearChanges.run();
    return this.cached.documents;
  }

  /** Starts over at the next search, e.g. after a reseed that may have run before the triggers existed. */
  public invalidate(): void {
    this.cached = undefined;
    this.clearChanges.run();
  }

  private patched(index: CachedIndex, changedIds: readonly string[]): CachedIndex {
    const removed = new Set<string>();
    const documents = [...index.documents];
    for (const id of changedIds) {
      const row = this.person.get(id);
      const position = index.positions.get(id);
      if (row && position !== undefined) {
        documents[position] = personDocument(row);
      } else if (row) {
        documents.push(personDocument(row));
      } else if (position !== undefined) {
        removed.add(id);
      }
    }
    return indexOf(removed.size > 0 ? documents.filter((document) => !removed.has(document.id)) : documents);
  }
}

const indexes = new WeakMap<Database, PeopleIndex>();

/** The one index of a database, shared by the search routes and the seed that invalidates it. */
export function peopleIndexOf(db: Database): PeopleIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new PeopleIndex(db);
    indexes.set(db, index);
  }
  return index;
}

export function peopleIndex(db: Database): readonly PersonDocument[] {
  return peopleIndexOf(db).documents();
}

export function markPeopleChanged(db: Database): void {
  peopleIndexOf(db).invalidate();
}
