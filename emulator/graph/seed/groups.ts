import type { Faker } from '@faker-js/faker';
import type { Database } from '../../shared/store/database';
import { newEtag, stableGuid } from './ids';
import { INTEREST_GROUPS, type InterestGroupDefinition } from './interestGroupCatalog';
import { DOMAIN } from './organisation';
import type { SeededPeople } from './people';

/** Fixed memberships of the personas: [group key, role]. */
const PERSONA_MEMBERSHIPS: Readonly<Record<string, ReadonlyArray<[string, 'owner' | 'member']>>> = {
  'anne.devries': [['toetsing', 'owner'], ['genai', 'member'], ['blended', 'member'], ['curriculum', 'member'], ['onderzoek', 'member'], ['lerarenopleiding', 'owner'], ['teamleiders', 'member']],
  'daan.bakker': [['beleid', 'member'], ['kwaliteit', 'member']],
  'pieter.vandenberg': [['teamleiders', 'member'], ['leiderschap', 'owner'], ['lerarenopleiding', 'member']],
  'fatima.elamrani': [['genai', 'owner'], ['onderzoek', 'member'], ['subsidies', 'member'], ['toetsing', 'member']],
  'sanne.jansen': [['slb', 'member'], ['stages', 'member'], ['lerarenopleiding', 'member'], ['toetsing', 'member']],
  'ingrid.mulder': [['teamleiders', 'owner'], ['beleid', 'owner'], ['kwaliteit', 'member']],
  'mehmet.yilmaz': [['sharepoint', 'owner'], ['elo', 'owner'], ['security', 'owner']],
  'lotte.visser': [['slb', 'owner'], ['welzijn', 'member']],
  'emma.dejong': [['zorg', 'member'], ['onderzoek', 'member'], ['ethiek', 'owner']],
  'thomas.meijer': [['techniek', 'member'], ['data', 'member']]
};

export interface SeededGroup {
  definition: InterestGroupDefinition;
  id: string;
  generalChannelId: string;
  memberIds: string[];
}

export function channelIdFor(seed: number, key: string, name: string): string {
  return `19:${stableGuid(seed, 'channel', key, name).replace(/-/g, '')}@thread.tacv2`;
}

function drawMembers(faker: Faker, people: SeededPeople, definition: InterestGroupDefinition, excluded: ReadonlySet<string>, size: number): string[] {
  const pool = definition.departments.flatMap((department) => people.staffByDepartment.get(department) ?? []).filter((id) => !excluded.has(id));
  const fromDepartments = faker.helpers.arrayElements(pool, Math.min(pool.length, Math.round(size * 0.85)));
  const others = people.allStaffIds.filter((id) => !excluded.has(id));
  const fromElsewhere = faker.helpers.arrayElements(others, Math.min(others.length, size - fromDepartments.length));
  return [...new Set([...fromDepartments, ...fromElsewhere])];
}

/** The interest groups with their teams, General channels and members. */
export function seedGroups(db: Database, faker: Faker, seed: number, people: SeededPeople, anchor: Date): SeededGroup[] {
  const insertGroup = db.prepare(
    'INSERT INTO groups (id, displayName, description, mail, mailNickname, visibility, createdDateTime, etag) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  );
  const insertMember = db.prepare('INSERT OR IGNORE INTO group_members (groupId, userId, role) VALUES (?, ?, ?)');
  const insertChannel = db.prepare(
    'INSERT INTO channels (id, teamId, displayName, description, membershipType, isPrimary) VALUES (?, ?, ?, ?, ?, ?)'
  );
  const scale = Math.sqrt(Math.max(1, people.allStaffIds.length / 1400));
  const personaGroups = new Map<string, Array<[string, 'owner' | 'member']>>();
  for (const [localPart, memberships] of Object.entries(PERSONA_MEMBERSHIPS)) {
    const userId = people.personaIds.get(localPart);
    for (const [key, role] of memberships) {
      if (userId) {
        personaGroups.set(key, [...(personaGroups.get(key) ?? []), [userId, role]]);
      }
    }
  }
  const personaIds = new Set(people.personaIds.values());
  const seeded: SeededGroup[] = [];
  for (const definition of INTEREST_GROUPS) {
    const id = stableGuid(seed, 'group', definition.key);
    const created = new Date(anchor.getTime() - faker.number.int({ min: 400, max: 1500 }) * 86_400_000).toISOString();
    insertGroup.run(id, definition.displayName, definition.description, `ig-${definition.key}@${DOMAIN}`, `ig-${definition.key}`, definition.visibility, created, newEtag(id, 0));
    const size = Math.round((definition.visibility === 'Private' ? 18 : 25 + definition.activity * 0.6) * scale * faker.number.float({ min: 0.8, max: 1.2 }));
    const fixed = personaGroups.get(definition.key) ?? [];
    const drawn = drawMembers(faker, people, definition, personaIds, size);
    const owners = [...fixed.filter(([, role]) => role === 'owner').map(([userId]) => userId), ...drawn.slice(0, fixed.some(([, r]) => r === 'owner') ? 1 : 2)];
    const memberIds = [...new Set([...fixed.map(([userId]) => userId), ...drawn])];
    for (const userId of memberIds) {
      insertMember.run(id, userId, 'member');
    }
    for (const userId of owners) {
      insertMember.run(id, userId, 'owner');
    }
    const generalChannelId = channelIdFor(seed, definition.key, 'General');
    insertChannel.run(generalChannelId, id, 'General', definition.description, 'standard', 1);
    insertChannel.run(channelIdFor(seed, definition.key, 'Bijeenkomsten'), id, 'Bijeenkomsten', 'Agenda en verslagen van bijeenkomsten', 'standard', 0);
    seeded.push({ definition, id, generalChannelId, memberIds });
  }
  return seeded;
}
