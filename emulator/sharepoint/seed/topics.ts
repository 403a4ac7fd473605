import { SKILL_VOCABULARY, normaliseSkill, type SkillTerm } from '../../../src/model/skillVocabulary';
import type { InterestGroupDefinition } from '../../graph/seed/interestGroupCatalog';

/** Message text without markup: mentions keep their names, entities are decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<at [^>]*>(.*?)<\/at>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words shorter than this ("ai", "slb", "emi") are too ambiguous to tag a message with. */
const MIN_TOPIC_WORD_LENGTH = 4;

function spacedWords(value: string): string {
  return normaliseSkill(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const TOPIC_NEEDLES: readonly { term: SkillTerm; needles: string[] }[] = SKILL_VOCABULARY.map((term) => ({
  term,
  needles: [term.en, term.nl, ...term.synonyms]
    .map(spacedWords)
    .filter((needle) => needle.length >= MIN_TOPIC_WORD_LENGTH)
    .map((needle) => ` ${needle} `)
}));

/** Vocabulary concepts whose label (either language) or synonym occurs in the text. */
export function topicsInText(text: string): SkillTerm[] {
  const haystack = ` ${spacedWords(text)} `;
  return TOPIC_NEEDLES.filter(({ needles }) => needles.some((needle) => haystack.includes(needle))).map(
    ({ term }) => term
  );
}

/** A message's topics: those it mentions that the group is about, else any it mentions, else the group's first. */
export function messageTopics(text: string, groupTerms: readonly SkillTerm[]): SkillTerm[] {
  const mentioned = topicsInText(text);
  const onTopic = mentioned.filter((term) => groupTerms.includes(term));
  if (onTopic.length > 0) return onTopic;
  if (mentioned.length > 0) return mentioned;
  return groupTerms.slice(0, 1);
}

export function topicLabels(terms: readonly SkillTerm[]): string[] {
  return [...new Set(terms.map((term) => term.nl))];
}

export function catalogueTerms(definition: InterestGroupDefinition): SkillTerm[] {
  return definition.topics
    .map((id) => SKILL_VOCABULARY.find((term) => term.id === id))
    .filter((term): term is SkillTerm => term !== undefined);
}
