import type { Faker } from '@faker-js/faker';
import { SKILL_VOCABULARY, skillLabel, type SkillTerm } from '../../../src/model/skillVocabulary';

const termById = new Map(SKILL_VOCABULARY.map((entry) => [entry.id, entry]));

export type ProfileLanguage = 'nl-NL' | 'en-US';

export function vocabularyTerm(id: string): SkillTerm {
  const entry = termById.get(id);
  if (!entry) {
    throw new Error(`Unknown skill vocabulary id ${id}`);
  }
  return entry;
}

/** Vocabulary ids as profile labels in the person's language (as people type them in Delve/Outlook). */
export function labelsFor(ids: readonly string[], language: ProfileLanguage): string[] {
  return ids.map((id) => skillLabel(vocabularyTerm(id), language === 'nl-NL' ? 'nl-nl' : 'en-us'));
}

export interface GeneratedProfile {
  aboutMe: string | null;
  skills: string[];
  interests: string[];
  responsibilities: string[];
  pastProjects: string[];
  schools: string[];
}

const SCHOOLS = [
  'Universiteit van Amsterdam',
  'Vrije Universiteit Amsterdam',
  'Universiteit Utrecht',
  'Radboud Universiteit',
  'Rijksuniversiteit Groningen',
  'Universiteit Leiden',
  'TU Delft',
  'Erasmus Universiteit Rotterdam',
  'Tilburg University',
  'Hogeschool Utrecht',
  'Hogeschool Rotterdam',
  'Fontys Hogescholen',
  'Hanzehogeschool Groningen',
  'Open Universiteit',
  'KU Leuven'
];

const PROJECTS = [
  'Herontwerp propedeuse',
  'Pilot digitaal toetsen',
  'Studiesucces eerstejaars',
  'Accreditatie bachelor',
  'Invoering Brightspace',
  'Onderzoek langer thuis wonen',
  'Lectoraat duurzame stad',
  'Internationale week',
  'Open Dag online',
  'Migratie naar SharePoint Online',
  'Dashboard studievoortgang',
  'Programma Onderwijs met AI',
  'Samenwerking MBO-HBO',
  'Nieuw roostersysteem',
  'Inclusieve hogeschool'
];

const ABOUT_NL = [
  'Ik werk graag samen aan onderwijs dat aansluit bij de praktijk.',
  'Vraag me gerust om mee te denken over {skill}.',
  'Al {years} jaar bij de hogeschool, nog steeds nieuwsgierig.',
  'Bezig met {skill} en {skill2}; altijd in voor een kop koffie.'
];
const ABOUT_EN = [
  'I enjoy connecting education with professional practice.',
  'Happy to think along about {skill}.',
  'At the university for {years} years and still curious.',
  'Working on {skill} and {skill2}; always up for a coffee.'
];

/** A plausible profile: most skills from the person's unit, some from anywhere; some people leave it empty. */
export function generateProfile(
  faker: Faker,
  unitSkillIds: readonly string[],
  language: ProfileLanguage
): GeneratedProfile {
  if (faker.number.float() < 0.12) {
    return { aboutMe: null, skills: [], interests: [], responsibilities: [], pastProjects: [], schools: [] };
  }
  const allIds = SKILL_VOCABULARY.map((entry) => entry.id);
  const skillIds = new Set<string>(
    faker.helpers.arrayElements(unitSkillIds, { min: 1, max: Math.min(4, unitSkillIds.length) })
  );
  for (const id of faker.helpers.arrayElements(allIds, { min: 0, max: 2 })) {
    skillIds.add(id);
  }
  const interestIds = faker.helpers.arrayElements(allIds, { min: 0, max: 4 }).filter((id) => !skillIds.has(id));
  const skills = [...skillIds];
  const responsibilities = faker.helpers.arrayElements(skills, { min: 0, max: Math.min(3, skills.length) });
  const templates = language === 'nl-NL' ? ABOUT_NL : ABOUT_EN;
  const [first, second] = labelsFor([skills[0], skills[skills.length - 1]], language);
  const aboutMe =
    faker.number.float() < 0.6
      ? faker.helpers
          .arrayElement(templates)
          .replace('{skill}', first.toLowerCase())
          .replace('{skill2}', second.toLowerCase())
          .replace('{years}', String(faker.number.int({ min: 2, max: 30 })))
      : null;
  return {
    aboutMe,
    skills: labelsFor(skills, language),
    interests: labelsFor(interestIds, language),
    responsibilities: labelsFor(responsibilities, language),
    pastProjects: faker.helpers.arrayElements(PROJECTS, { min: 0, max: 2 }),
    schools: faker.helpers.arrayElements(SCHOOLS, { min: 0, max: 2 })
  };
}
