import type { ProfileCard } from '../../../../services/people/ProfileCard';
import type { GroupRegistry, InterestGroup } from '../../../../model/feed/InterestGroup';
import type { PersonProfile } from '../../../../model/PersonProfile';

/** A registry group as the registry lists it: no Graph details yet. */
export function registryGroup(id: string, displayName: string, fields: Partial<InterestGroup> = {}): InterestGroup {
  return {
    id,
    registryItemId: Number(id.replace(/\D/g, '')) || 1,
    displayName,
    description: '',
    visibility: 'Unknown',
    jobFunctions: [],
    topics: [],
    featured: false,
    ...fields
  };
}

/** Six groups: public and private, for teachers, researchers, schedulers and everyone; one featured. */
export const GROUPS: InterestGroup[] = [
  registryGroup('g1', 'Toetsing in de praktijk', { jobFunctions: ['Docent'], topics: ['Toetsing'], featured: true }),
  registryGroup('g2', 'Docentenplatform', { jobFunctions: ['Docent'], topics: ['Blended learning'] }),
  registryGroup('g3', 'Datagedreven onderzoek', { jobFunctions: ['Onderzoeker'], topics: ['Data analysis'] }),
  registryGroup('g4', 'Roostermakers', { jobFunctions: ['Roostermaker'] }),
  registryGroup('g5', 'Koffie en kennis', { jobFunctions: ['Iedereen'] }),
  registryGroup('g6', 'Studentbegeleiders', {
    jobFunctions: ['Studieloopbaanbegeleider'],
    topics: ['Student coaching']
  })
];

/** What Graph adds: description, visibility, member count. */
export const DETAILS: Record<string, Partial<InterestGroup>> = {
  g1: { description: 'Rubrics, toetsmatrijzen en kalibreren met collega’s.', visibility: 'Public', memberCount: 42 },
  g2: { description: 'Didactiek en onderwijsvernieuwing.', visibility: 'Public', memberCount: 17 },
  g3: { description: 'Analyse van onderzoeksdata met R en Python.', visibility: 'Private', memberCount: 8 },
  g4: { description: 'Roosters, lokalen en planning.', visibility: 'Private', memberCount: 5 },
  g5: { description: 'Informeel kennis delen bij de koffie.', visibility: 'Public', memberCount: 1 },
  g6: { description: 'Studieloopbaanbegeleiding en mentoraat.', visibility: 'Public', memberCount: 23 }
};

export const REGISTRY: GroupRegistry = {
  groups: GROUPS,
  jobFunctionRules: [
    { titlePart: 'docent', jobFunction: 'Docent' },
    { titlePart: 'onderzoeker', jobFunction: 'Onderzoeker' }
  ]
};

export const MY_GROUP_IDS: ReadonlySet<string> = new Set(['G4', 'g5']);

export function withDetails(groups: readonly InterestGroup[]): Promise<InterestGroup[]> {
  return Promise.resolve(groups.map((group) => ({ ...group, ...DETAILS[group.id] })));
}

export const ME: PersonProfile = {
  id: '11111111-1111-1111-1111-111111111111',
  displayName: 'Anne de Vries',
  userPrincipalName: 'anne.devries@hogeschool.example',
  jobTitle: 'Docent wiskunde',
  businessPhones: [],
  aboutMe: '',
  skills: ['Assessment'],
  interests: ['Data-analyse'],
  responsibilities: [],
  pastProjects: [],
  schools: []
};

export function cardOf(profile: PersonProfile): ProfileCard {
  return {
    profile,
    photo: { ok: true, value: undefined },
    presence: { ok: true, value: { availability: 'Available' } },
    manager: { ok: true, value: undefined },
    directReports: { ok: true, value: [] },
    groups: { ok: true, value: [] }
  };
}
