import type { Database } from '../../shared/store/database';
import type { UserRow } from '../../shared/store/rows';

const USER_COLUMNS = [
  'id',
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'jobTitle',
  'department',
  'officeLocation',
  'businessPhones',
  'mobilePhone',
  'accountEnabled',
  'userType',
  'aboutMe',
  'skills',
  'interests',
  'responsibilities',
  'pastProjects',
  'schools',
  'preferredLanguage',
  'managerId',
  'hasPhoto',
  'etag'
] as const;

/** Stores the seeded user rows. */
export function insertUsers(db: Database, rows: readonly UserRow[]): void {
  const insert = db.prepare(
    `INSERT INTO users (${USER_COLUMNS.join(', ')}) VALUES (${USER_COLUMNS.map((c) => `@${c}`).join(', ')})`
  );
  for (const row of rows) {
    insert.run(row);
  }
}
