import type { SeededPeople } from './people';

export type GroupRole = 'owner' | 'member';

/** Fixed memberships of the personas: [group key, role]. */
const PERSONA_MEMBERSHIPS: Readonly<Record<string, ReadonlyArray<[string, GroupRole]>>> = {
  'anne.devries': [
    ['toetsing', 'owner'],
    ['genai', 'member'],
    ['blended', 'member'],
    ['curriculum', 'member'],
    ['onderzoek', 'member'],
    ['lerarenopleiding', 'owner'],
    ['teamleiders', 'member']
  ],
  'daan.bakker': [
    ['beleid', 'member'],
    ['kwaliteit', 'member']
  ],
  'pieter.vandenberg': [
    ['teamleiders', 'member'],
    ['leiderschap', 'owner'],
    ['lerarenopleiding', 'member']
  ],
  'fatima.elamrani': [
    ['genai', 'owner'],
    ['onderzoek', 'member'],
    ['subsidies', 'member'],
    ['toetsing', 'member']
  ],
  'sanne.jansen': [
    ['slb', 'member'],
    ['stages', 'member'],
    ['lerarenopleiding', 'member'],
    ['toetsing', 'member']
  ],
  'ingrid.mulder': [
    ['teamleiders', 'owner'],
    ['beleid', 'owner'],
    ['kwaliteit', 'member']
  ],
  'mehmet.yilmaz': [
    ['sharepoint', 'owner'],
    ['elo', 'owner'],
    ['security', 'owner']
  ],
  'lotte.visser': [
    ['slb', 'owner'],
    ['welzijn', 'member']
  ],
  'emma.dejong': [
    ['zorg', 'member'],
    ['onderzoek', 'member'],
    ['ethiek', 'owner']
  ],
  'thomas.meijer': [
    ['techniek', 'member'],
    ['data', 'member']
  ]
};

/** The personas' fixed memberships by group key: [user id, role], in persona order. */
export function personaMembershipsByGroup(people: SeededPeople): Map<string, Array<[string, GroupRole]>> {
  const personaGroups = new Map<string, Array<[string, GroupRole]>>();
  for (const [localPart, memberships] of Object.entries(PERSONA_MEMBERSHIPS)) {
    const userId = people.personaIds.get(localPart);
    for (const [key, role] of memberships) {
      if (userId) {
        personaGroups.set(key, [...(personaGroups.get(key) ?? []), [userId, role]]);
      }
    }
  }
  return personaGroups;
}
