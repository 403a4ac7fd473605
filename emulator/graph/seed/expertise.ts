import type { Faker } from '@faker-js/faker';
import { SKILL_VOCABULARY } from '../../../src/model/skillVocabulary';
import { INTEREST_GROUPS } from './interestGroupCatalog';
import type { Persona } from './personas';
import type { ProfileLanguage } from './profile';

/** A concept someone really knows about, and how well: 1 is the colleague everyone goes to. */
export interface Expertise {
  topicId: string;
  strength: number;
}

/**
 * What the seed knows about a person and no API shows: what they really know, how readily they reply in channels
 * and in which part of the seeded year they take part (people join, go on leave or move on).
 */
export interface PersonTraits {
  expertise: readonly Expertise[];
  /** Relative readiness to reply at all; 1 is typical, a few people reply to almost everything. */
  chattiness: number;
  /** The part of the seeded year (0 its first day, 1 its last) in which the person writes in channels. */
  activeFrom: number;
  activeUntil: number;
  language: ProfileLanguage;
}

/** Weights of a concept in someone's pool: their unit's fields first, then the topics of the groups near them. */
const UNIT_SKILL_WEIGHT = 3;
const NEARBY_GROUP_TOPIC_WEIGHT = 2;
const ANY_CONCEPT_WEIGHT = 0.15;

/** How many concepts a person really knows: [count, chance]. */
const EXPERTISE_COUNTS: ReadonlyArray<[number, number]> = [
  [0, 0.15],
  [1, 0.4],
  [2, 0.3],
  [3, 0.15]
];

type Pool = ReadonlyArray<{ topicId: string; weight: number }>;

const pools = new Map<string, Pool>();

/** The concepts a person of this department may know, weighted: their unit's skills, the groups' topics, the rest. */
function expertisePool(department: string, unitSkillIds: readonly string[]): Pool {
  const key = `${department}|${unitSkillIds.join(',')}`;
  const cached = pools.get(key);
  if (cached) {
    return cached;
  }
  const weights = new Map(SKILL_VOCABULARY.map((term) => [term.id, ANY_CONCEPT_WEIGHT]));
  for (const definition of INTEREST_GROUPS.filter((candidate) => candidate.departments.includes(department))) {
    definition.topics.forEach((id) => weights.set(id, Math.max(weights.get(id) ?? 0, NEARBY_GROUP_TOPIC_WEIGHT)));
  }
  unitSkillIds.forEach((id) => weights.set(id, UNIT_SKILL_WEIGHT));
  const pool = [...weights].map(([topicId, weight]) => ({ topicId, weight }));
  pools.set(key, pool);
  return pool;
}

/** One entry drawn with probability proportional to its weight; undefined when every weight is zero. */
export function weightedPick<T>(rng: Faker, entries: readonly T[], weight: (entry: T) => number): T | undefined {
  let total = 0;
  for (const entry of entries) {
    total += weight(entry);
  }
  if (total <= 0) {
    return undefined;
  }
  let remaining = rng.number.float() * total;
  for (const entry of entries) {
    remaining -= weight(entry);
    if (remaining < 0 && weight(entry) > 0) {
      return entry;
    }
  }
  return entries.filter((entry) => weight(entry) > 0).pop();
}

function expertiseCount(rng: Faker): number {
  let roll = rng.number.float();
  for (const [count, chance] of EXPERTISE_COUNTS) {
    roll -= chance;
    if (roll < 0) {
      return count;
    }
  }
  return 0;
}

/** Most people know something reasonably well; few are the strong expert (strength skewed towards low). */
function drawExpertise(rng: Faker, pool: Pool): Expertise[] {
  const chosen: Expertise[] = [];
  const taken = new Set<string>();
  for (let index = expertiseCount(rng); index > 0; index--) {
    const entry = weightedPick(rng, pool, (candidate) => (taken.has(candidate.topicId) ? 0 : candidate.weight));
    if (!entry) {
      break;
    }
    taken.add(entry.topicId);
    chosen.push({ topicId: entry.topicId, strength: Math.round((0.2 + 0.8 * rng.number.float() ** 2) * 100) / 100 });
  }
  return chosen.sort((a, b) => b.strength - a.strength);
}

/** Most people take part all year; some join during it, some go on leave or move on before its end. */
function activeWindow(rng: Faker): { activeFrom: number; activeUntil: number } {
  const roll = rng.number.float();
  if (roll < 0.12) {
    return { activeFrom: rng.number.float({ min: 0.1, max: 0.9 }), activeUntil: 1 };
  }
  if (roll < 0.24) {
    return { activeFrom: 0, activeUntil: rng.number.float({ min: 0.1, max: 0.9 }) };
  }
  return { activeFrom: 0, activeUntil: 1 };
}

/** The traits of a generated member of staff of `department`, drawn from the expertise generator. */
export function generatedTraits(
  rng: Faker,
  department: string,
  unitSkillIds: readonly string[],
  language: ProfileLanguage
): PersonTraits {
  const expertise = drawExpertise(rng, expertisePool(department, unitSkillIds));
  const chattiness = Math.round((0.3 + 2.2 * rng.number.float() ** 3) * 100) / 100;
  return { expertise, chattiness, ...activeWindow(rng), language };
}

/** A persona knows what they are responsible for best, and their other skills well; they take part all year. */
export function personaTraits(persona: Persona): PersonTraits {
  const strengths = new Map<string, number>();
  persona.skills.forEach((id) => strengths.set(id, 0.4));
  persona.responsibilities.forEach((id) => strengths.set(id, 0.7));
  const expertise = [...strengths].map(([topicId, strength]) => ({ topicId, strength }));
  return {
    expertise: expertise.sort((a, b) => b.strength - a.strength),
    chattiness: 1.2,
    activeFrom: 0,
    activeUntil: 1,
    language: persona.preferredLanguage
  };
}

export function strengthOn(traits: PersonTraits | undefined, topicId: string): number {
  return traits?.expertise.find((entry) => entry.topicId === topicId)?.strength ?? 0;
}
