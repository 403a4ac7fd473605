import type { Faker } from '@faker-js/faker';
import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import { personaMembershipsByGroup, type GroupRole } from './groupPersonaMemberships';
import { newEtag, stableGuid } from './ids';
import { INTEREST_GROUPS, type InterestGroupDefinition } from './interestGroupCatalog';
import { DOMAIN } from './organisation';
import type { SeededPeople } from './people';

export interface SeededGroup {
  definition: InterestGroupDefinition;
  id: string;
  generalChannelId: string;
  memberIds: string[];
}

export function channelIdFor(seed: number, key: string, name: string): string {
  return `19:${stableGuid(seed, 'channel', key, name).replace(/-/g, '')}@thread.tacv2`;
}

function drawMembers(
  faker: Faker,
  people: SeededPeople,
  definition: InterestGroupDefinition,
  excluded: ReadonlySet<string>,
  size: number
): string[] {
  const pool = definition.departments
    .flatMap((department) => people.staffByDepartment.get(department) ?? [])
    .filter((id) => !excluded.has(id));
  const fromDepartments = faker.helpers.arrayElements(pool, Math.min(pool.length, Math.round(size * 0.85)));
  const others = people.allStaffIds.filter((id) => !excluded.has(id));
  const fromElsewhere = faker.helpers.arrayElements(others, Math.min(others.length, size - fromDepartments.length));
  return [...new Set([...fromDepartments, ...fromElsewhere])];
}

/** What every group needs while seeding: the statements, the people and the personas' fixed memberships. */
interface GroupSeedContext {
  faker: Faker;
  seed: number;
  people: SeededPeople;
  anchor: Date;
  /** Scales group sizes with the organisation (1 at 1400 staff). */
  scale: number;
  personaGroups: Map<string, Array<[string, GroupRole]>>;
  personaIds: ReadonlySet<string>;
  insertGroup: Statement;
  insertMember: Statement;
  insertChannel: Statement;
}

function insertGroupRow(context: GroupSeedContext, definition: InterestGroupDefinition, id: string): void {
  const created = new Date(
    context.anchor.getTime() - context.faker.number.int({ min: 400, max: 1500 }) * 86_400_000
  ).toISOString();
  context.insertGroup.run(
    id,
    definition.displayName,
    definition.description,
    `ig-${definition.key}@${DOMAIN}`,
    `ig-${definition.key}`,
    definition.visibility,
    created,
    newEtag(id, 0)
  );
}

/** Draws the members (personas with fixed memberships first) and stores them with their owners. */
function insertMemberships(context: GroupSeedContext, definition: InterestGroupDefinition, id: string): string[] {
  const size = Math.round(
    (definition.visibility === 'Private' ? 18 : 25 + definition.activity * 0.6) *
      context.scale *
      context.faker.number.float({ min: 0.8, max: 1.2 })
  );
  const fixed = context.personaGroups.get(definition.key) ?? [];
  const drawn = drawMembers(context.faker, context.people, definition, context.personaIds, size);
  const owners = [
    ...fixed.filter(([, role]) => role === 'owner').map(([userId]) => userId),
    ...drawn.slice(0, fixed.some(([, r]) => r === 'owner') ? 1 : 2)
  ];
  const memberIds = [...new Set([...fixed.map(([userId]) => userId), ...drawn])];
  for (const userId of memberIds) {
    context.insertMember.run(id, userId, 'member');
  }
  for (const userId of owners) {
    context.insertMember.run(id, userId, 'owner');
  }
  return memberIds;
}

/** The team's General channel and its meetings channel; returns the General channel id. */
function insertChannels(context: GroupSeedContext, definition: InterestGroupDefinition, id: string): string {
  const generalChannelId = channelIdFor(context.seed, definition.key, 'General');
  context.insertChannel.run(generalChannelId, id, 'General', definition.description, 'standard', 1);
  context.insertChannel.run(
    channelIdFor(context.seed, definition.key, 'Bijeenkomsten'),
    id,
    'Bijeenkomsten',
    'Agenda en verslagen van bijeenkomsten',
    'standard',
    0
  );
  return generalChannelId;
}

function seedGroup(context: GroupSeedContext, definition: InterestGroupDefinition): SeededGroup {
  const id = stableGuid(context.seed, 'group', definition.key);
  insertGroupRow(context, definition, id);
  const memberIds = insertMemberships(context, definition, id);
  const generalChannelId = insertChannels(context, definition, id);
  return { definition, id, generalChannelId, memberIds };
}

/** The interest groups with their teams, General channels and members. */
export function seedGroups(
  db: Database,
  faker: Faker,
  seed: number,
  people: SeededPeople,
  anchor: Date
): SeededGroup[] {
  const context: GroupSeedContext = {
    faker,
    seed,
    people,
    anchor,
    scale: Math.sqrt(Math.max(1, people.allStaffIds.length / 1400)),
    personaGroups: personaMembershipsByGroup(people),
    personaIds: new Set(people.personaIds.values()),
    insertGroup: db.prepare(
      'INSERT INTO groups (id, displayName, description, mail, mailNickname, visibility, createdDateTime, etag) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    ),
    insertMember: db.prepare('INSERT OR IGNORE INTO group_members (groupId, userId, role) VALUES (?, ?, ?)'),
    insertChannel: db.prepare(
      'INSERT INTO channels (id, teamId, displayName, description, membershipType, isPrimary) VALUES (?, ?, ?, ?, ?, ?)'
    )
  };
  return INTEREST_GROUPS.map((definition) => seedGroup(context, definition));
}
