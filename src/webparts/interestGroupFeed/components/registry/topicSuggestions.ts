import type { TagSuggestion } from '../../../../components/TagInput/TagInput.types';
import type { KringLocale } from '../../../../host/HostInfo';
import { findSkillTerm, skillLabel, suggestSkills } from '../../../../model/skillVocabulary';
import { MAX_VALUE_LENGTH } from './registryForm';

const OTHER: Readonly<Record<KringLocale, KringLocale>> = { 'en-us': 'nl-nl', 'nl-nl': 'en-us' };

/** Vocabulary concepts for what is typed, in the viewer's language with the other one under it. */
export function suggestTopics(query: string, current: readonly string[], locale: KringLocale): TagSuggestion[] {
  return suggestSkills(query, locale, current).map((term) => ({
    value: skillLabel(term, locale),
    secondaryText: skillLabel(term, OTHER[locale])
  }));
}

/** The registry's job functions that start with (first) or contain what is typed, not yet chosen. */
export function suggestJobFunctions(
  query: string,
  current: readonly string[],
  known: readonly string[]
): TagSuggestion[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const chosen = new Set(current.map((value) => value.toLowerCase()));
  const open = known.filter((value) => !chosen.has(value.toLowerCase()) && value.toLowerCase().includes(needle));
  const starts = (value: string): number => (value.toLowerCase().startsWith(needle) ? 0 : 1);
  return open
    .sort((a, b) => starts(a) - starts(b))
    .slice(0, 8)
    .map((value) => ({ value }));
}

export interface TagMessages {
  empty: string;
  tooLong: string;
  separator: string;
  duplicate: string;
}

/**
 * A typed tag: trimmed, at most 255 characters, no `;#` (SharePoint's separator of multiple-choice values), not
 * chosen twice. A topic that names a vocabulary concept is kept as that concept's label in the viewer's language.
 */
export function validateTag(
  label: string,
  current: readonly string[],
  messages: TagMessages,
  topicLocale?: KringLocale
): { value: string } | { error: string } {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  const term = topicLocale ? findSkillTerm(trimmed) : undefined;
  const value = term && topicLocale ? skillLabel(term, topicLocale) : trimmed;
  if (value === '') return { error: messages.empty };
  if (value.length > MAX_VALUE_LENGTH) return { error: messages.tooLong };
  if (value.includes(';#')) return { error: messages.separator };
  if (current.some((other) => other.toLowerCase() === value.toLowerCase())) return { error: messages.duplicate };
  return { value };
}
