import type { KringLocale } from '../host/HostInfo';
import { findSkillTerm, normaliseSkill, skillLabel, type SkillTerm } from './skillVocabulary';

/**
 * The vocabulary concept whose English or Dutch label a text is, in any spelling. Synonyms do not count: "pandas"
 * means Python for searching, but is not a label that may be shown as "Python".
 */
function labelledTerm(text: string): SkillTerm | undefined {
  const entry = findSkillTerm(text);
  const key = normaliseSkill(text);
  return entry && (normaliseSkill(entry.en) === key || normaliseSkill(entry.nl) === key) ? entry : undefined;
}

/** The language a label is written in, when it is a vocabulary label that differs between the languages. */
export function labelLanguage(text: string): KringLocale | undefined {
  const entry = labelledTerm(text);
  if (!entry || normaliseSkill(entry.en) === normaliseSkill(entry.nl)) {
    return undefined;
  }
  return normaliseSkill(entry.nl) === normaliseSkill(text) ? 'nl-nl' : 'en-us';
}

/**
 * The language new vocabulary labels are written in: that of most of a person's existing entries, or the UI
 * language when their entries do not tell (none, a tie, or only free text and labels equal in both languages).
 */
export function entriesLanguage(entries: readonly string[], uiLocale: KringLocale): KringLocale {
  let dutch = 0;
  let english = 0;
  for (const entry of entries) {
    const language = labelLanguage(entry);
    if (language === 'nl-nl') dutch++;
    if (language === 'en-us') english++;
  }
  if (dutch === english) {
    return uiLocale;
  }
  return dutch > english ? 'nl-nl' : 'en-us';
}

/** A profile label as a viewer reads it: a vocabulary label in the viewer's language, anything else as typed. */
export function labelFor(text: string, locale: KringLocale): string {
  const entry = labelledTerm(text);
  return entry ? skillLabel(entry, locale) : text;
}
