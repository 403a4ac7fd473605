import type { KringLocale } from '../host/HostInfo';
import { SKILL_VOCABULARY, type SkillTerm } from './skillTerms';

export { SKILL_VOCABULARY, type SkillCategory, type SkillTerm } from './skillTerms';

/** Folds case, accents, hyphens and spacing, so "Data-analyse" and "data analyse" compare equal. */
export function normaliseSkill(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_/.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const termByWord = new Map<string, SkillTerm>();
for (const entry of SKILL_VOCABULARY) {
  for (const word of [entry.en, entry.nl, ...entry.synonyms]) {
    const key = normaliseSkill(word);
    if (!termByWord.has(key)) {
      termByWord.set(key, entry);
    }
  }
}

/** The vocabulary concept a label stands for, in either language or as a synonym. */
export function findSkillTerm(label: string): SkillTerm | undefined {
  return termByWord.get(normaliseSkill(label));
}

export function skillLabel(entry: SkillTerm, locale: KringLocale): string {
  return locale === 'nl-nl' ? entry.nl : entry.en;
}

/** True when two labels mean the same skill: equal once normalised, or the same vocabulary concept. */
export function sameSkill(a: string, b: string): boolean {
  if (normaliseSkill(a) === normaliseSkill(b)) {
    return true;
  }
  const termA = findSkillTerm(a);
  return termA !== undefined && termA === findSkillTerm(b);
}

/** Every word that means the same as the label (both languages and synonyms), for searching. */
export function skillSearchWords(label: string): string[] {
  const entry = findSkillTerm(label);
  return entry ? [entry.en, entry.nl, ...entry.synonyms] : [label];
}

/**
 * Suggestions for a partly typed skill: concepts where any of their words starts with (ranked first) or contains
 * the query, labelled in the user's language, skipping concepts already chosen.
 */
export function suggestSkills(
  query: string,
  locale: KringLocale,
  exclude: readonly string[] = [],
  limit = 8
): SkillTerm[] {
  const needle = normaliseSkill(query);
  if (needle === '') {
    return [];
  }
  const excluded = new Set(exclude.map((label) => findSkillTerm(label)).filter((t): t is SkillTerm => t !== undefined));
  const scored: { entry: SkillTerm; score: number }[] = [];
  for (const entry of SKILL_VOCABULARY) {
    if (excluded.has(entry)) {
      continue;
    }
    const words = [skillLabel(entry, locale), entry.en, entry.nl, ...entry.synonyms].map(normaliseSkill);
    let score = 0;
    if (words.some((w) => w.startsWith(needle))) {
      score = normaliseSkill(skillLabel(entry, locale)).startsWith(needle) ? 3 : 2;
    } else if (words.some((w) => w.includes(needle))) {
      score = 1;
    }
    if (score > 0) {
      scored.push({ entry, score });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || skillLabel(a.entry, locale).localeCompare(skillLabel(b.entry, locale)))
    .slice(0, limit)
    .map((s) => s.entry);
}
