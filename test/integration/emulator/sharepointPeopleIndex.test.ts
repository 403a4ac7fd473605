import { seedDatabase } from '../../../emulator/graph/seed';
import { openDatabase } from '../../../emulator/shared/store/database';
import { seedSharePoint } from '../../../emulator/sharepoint';
import { peopleIndex } from '../../../emulator/sharepoint/search/peopleIndex';

describe('people index', () => {
  const db = openDatabase(':memory:');
  beforeAll(() => {
    seedDatabase(db, { people: 120, seed: 3 }, seedSharePoint);
  });

  const skillsOf = (id: string): readonly string[] | undefined =>
    peopleIndex(db)
      .find((document) => document.id === id)
      ?.values.get('skills');

  it('holds enabled people and guests, not disabled or service accounts', () => {
    const expected = db
      .prepare(
        "SELECT id FROM users WHERE accountEnabled = 1 AND NOT (userType = 'Member' AND givenName IS NULL AND surname IS NULL) ORDER BY rowid"
      )
      .all() as { id: string }[];
    expect(peopleIndex(db).map((document) => document.id)).toEqual(expected.map((row) => row.id));
    const guests = db
      .prepare("SELECT COUNT(*) AS n FROM users WHERE userType = 'Guest' AND accountEnabled = 1")
      .get() as { n: number };
    expect(guests.n).toBeGreaterThan(0);
  });

  it('reuses the index while nobody changes and patches just the people who did', () => {
    const first = peopleIndex(db);
    expect(peopleIndex(db)).toBe(first);

    const someone = first[5];
    db.prepare('UPDATE users SET skills = ? WHERE id = ?').run(JSON.stringify(['Zeilen', 'Python']), someone.id);
    const patched = peopleIndex(db);
    expect(patched).not.toBe(first);
    expect(skillsOf(someone.id)).toEqual(['Zeilen', 'Python']);
    expect(patched.filter((document, index) => document !== first[index]).map((document) => document.id)).toEqual([
      someone.id
    ]);

    db.prepare('UPDATE users SET accountEnabled = 0 WHERE id = ?').run(someone.id);
    expect(peopleIndex(db).some((document) => document.id === someone.id)).toBe(false);

    db.prepare('UPDATE users SET accountEnabled = 1 WHERE id = ?').run(someone.id);
    expect(skillsOf(someone.id)).toEqual(['Zeilen', 'Python']);

    db.prepare('DELETE FROM users WHERE id = ?').run(someone.id);
    expect(peopleIndex(db)).toHaveLength(first.length - 1);
  });

  it('starts over after a reseed', () => {
    seedDatabase(db, { people: 120, seed: 3 }, seedSharePoint);
    const expected = db
      .prepare(
        "SELECT COUNT(*) AS n FROM users WHERE accountEnabled = 1 AND NOT (userType = 'Member' AND givenName IS NULL AND surname IS NULL)"
      )
      .get() as { n: number };
    expect(peopleIndex(db)).toHaveLength(expected.n);
  });
});
