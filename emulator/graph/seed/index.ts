import { Faker, base, en, nl } from '@faker-js/faker';
import type { Database } from '../../shared/store/database';
import { readMeta, writeMeta } from '../../shared/store/meta';
import { clearGraphTables } from '../../shared/store/schema';
import { seedConversations } from './conversations';
import { seedGroups } from './groups';
import { seedMessages } from './messages';
import { MINIMUM_PEOPLE, seedPeople } from './people';

export interface SeedOptions {
  people: number;
  seed: number;
}

/** Runs inside the seed transaction once the Graph tables are filled (the SharePoint lists are built from them). */
export type AfterGraphSeed = (db: Database) => void;

export const DEFAULT_SEED_OPTIONS: SeedOptions = { people: 1500, seed: 20260901 };

/** The day the data is anchored to: stored at the first seed so a reset reproduces exactly the same data. */
function seedAnchor(db: Database): Date {
  const stored = readMeta(db, 'anchor');
  if (stored) {
    return new Date(stored);
  }
  const today = new Date();
  const anchor = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  writeMeta(db, 'anchor', anchor.toISOString());
  return anchor;
}

export interface SeedSummary {
  people: number;
  groups: number;
  messages: number;
  milliseconds: number;
}

/** Replaces the Graph tables (and the SharePoint lists) with the deterministic demo organisation. */
export function seedDatabase(db: Database, options: SeedOptions, afterGraphSeed?: AfterGraphSeed): SeedSummary {
  const started = Date.now();
  const people = Math.max(MINIMUM_PEOPLE, Math.floor(options.people));
  const faker = new Faker({ locale: [nl, en, base] });
  faker.seed(options.seed);
  let summary = { people: 0, groups: 0, messages: 0 };
  db.transaction(() => {
    clearGraphTables(db);
    const anchor = seedAnchor(db);
    writeMeta(db, 'seedOptions', JSON.stringify({ people, seed: options.seed }));
    const seededPeople = seedPeople(db, faker, options.seed, people);
    const groups = seedGroups(db, faker, options.seed, seededPeople, anchor);
    const messages =
      seedMessages(db, faker, groups, seededPeople, anchor) +
      seedConversations(db, options.seed, groups, seededPeople, anchor);
    summary = {
      people: (db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n,
      groups: groups.length,
      messages
    };
    afterGraphSeed?.(db);
  })();
  return { ...summary, milliseconds: Date.now() - started };
}

/** The options the database was seeded with, for a reset. */
export function storedSeedOptions(db: Database): SeedOptions | undefined {
  const stored = readMeta(db, 'seedOptions');
  return stored ? (JSON.parse(stored) as SeedOptions) : undefined;
}
