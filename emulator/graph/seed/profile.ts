import type { Faker } from '@faker-js/faker';
import { SKILL_VOCABULARY, findSkillTerm, skillLabel, type SkillTerm } from '../../../src/model/skillVocabulary';
import type { Expertise } from './expertise';

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

/** How people type a skill on their profile: mostly in their language, sometimes the other one or a synonym. */
export function declaredLabel(rng: Faker, id: string, language: ProfileLanguage): string {
  const term = vocabularyTerm(id);
  const roll = rng.number.float();
  const own = language === 'nl-NL' ? term.nl : term.en;
  const other = language === 'nl-NL' ? term.en : term.nl;
  const synonyms = term.synonyms.filter((synonym) => synonym.length >= 3 && findSkillTerm(synonym) === term);
  if (roll < 0.65 || (roll >= 0.85 && synonyms.length === 0)) {
    return own;
  }
  return roll < 0.85 ? other : rng.helpers.arrayElement(synonyms);
}

/** Which concepts a person lists: a noisy, incomplete picture of what they really know. */
interface DeclaredIds {
  skills: string[];
  interests: string[];
  responsibilities: string[];
}

function declaredIds(rng: Faker, unitSkillIds: readonly string[], expertise: readonly Expertise[]): DeclaredIds {
  const known = new Set(expertise.map((entry) => entry.topicId));
  // Stronger experts list their field more often, but about half of what people really know goes unlisted.
  const listedKnown = expertise.filter((entry) => rng.number.float() < 0.3 + 0.45 * entry.strength);
  const wishful = rng.helpers
    .arrayElements(unitSkillIds, { min: 0, max: Math.min(3, unitSkillIds.length) })
    .filter((id) => !known.has(id));
  const skills = [...new Set([...listedKnown.map((entry) => entry.topicId), ...wishful])];
  if (skills.length === 0) {
    skills.push(rng.helpers.arrayElement(unitSkillIds));
  }
  const allIds = SKILL_VOCABULARY.map((entry) => entry.id);
  const interests = [
    ...expertise.filter((entry) => !skills.includes(entry.topicId) && rng.number.float() < 0.2).map((e) => e.topicId),
    ...rng.helpers.arrayElements(allIds, { min: 0, max: 3 })
  ].filter((id, index, all) => !skills.includes(id) && all.indexOf(id) === index);
  const responsibilities = skills.filter((id) => rng.number.float() < (known.has(id) ? 0.5 : 0.2));
  return { skills, interests, responsibilities };
}

/**
 * A plausible profile: what the person lists is drawn from what they really know (`expertise`), incompletely, plus
 * skills of their unit they do not really have, in either language; some people leave it empty. `rng` is the
 * expertise generator, `faker` the one for the rest of the profile.
 */
export function generateProfile(
  faker: Faker,
  rng: Faker,
  unitSkillIds: readonly string[],
  language: ProfileLanguage,
  expertise: readonly Expertise[]
): GeneratedProfile {
  if (rng.number.float() < 0.12) {
    return { aboutMe: null, skills: [], interests: [], responsibilities: [], pastProjects: [], schools: [] };
  }
  const ids = declaredIds(rng, unitSkillIds, expertise);
  const label = (id: string): string => declaredLabel(rng, id, language);
  const skills = ids.skills.map(label);
  const templates = language === 'nl-NL' ? ABOUT_NL : ABOUT_EN;
  const [first, second] = labelsFor([ids.skills[0], ids.skills[ids.skills.length - 1]], language);
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
    skills,
    interests: ids.interests.map(label),
    responsibilities: ids.responsibilities.map((id) => skills[ids.skills.indexOf(id)]),
    pastProjects: faker.helpers.arrayElements(PROJECTS, { min: 0, max: 2 }),
    schools: faker.helpers.arrayElements(SCHOOLS, { min: 0, max: 2 })
  };
}
