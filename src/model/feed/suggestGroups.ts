import { sameSkill } from '../skillVocabulary';
import type { InterestGroup } from './InterestGroup';
import { EVERYONE } from './jobFunctions';

/** Why a group is suggested: the job functions and topics (in either language of the vocabulary) of mine it shares. */
export interface GroupSuggestion {
  group: InterestGroup;
  jobFunctions: string[];
  topics: string[];
}

export interface SuggestionProfile {
  jobFunctions: readonly string[];
  /** My skills and interests, in any language of the vocabulary. */
  topics: readonly string[];
}

const key = (text: string): string => text.toLocaleLowerCase('nl').trim();

/**
 * Groups I'm not in that are for my job functions or share my topics: job function first (it is what the groups
 * are organised by), then shared topics, featured groups before others, then by name. Groups for everyone are
 * suggested only when they share a topic or are featured.
 */
export function suggestGroups(
  groups: readonly InterestGroup[],
  profile: SuggestionProfile,
  isMember: (groupId: string) => boolean
): GroupSuggestion[] {
  const myFunctions = new Set(profile.jobFunctions.map(key));
  const suggestions: GroupSuggestion[] = [];
  for (const group of groups) {
    if (isMember(group.id)) {
      continue;
    }
    const jobFunctions = group.jobFunctions.filter((name) => myFunctions.has(key(name)));
    const topics = group.topics.filter((topic) => profile.topics.some((mine) => sameSkill(mine, topic)));
    const forEveryone = group.jobFunctions.some((name) => key(name) === key(EVERYONE));
    if (jobFunctions.length > 0 || topics.length > 0 || (forEveryone && group.featured)) {
      suggestions.push({ group, jobFunctions, topics });
    }
  }
  return suggestions.sort(
    (a, b) =>
      b.jobFunctions.length - a.jobFunctions.length ||
      b.topics.length - a.topics.length ||
      Number(b.group.featured) - Number(a.group.featured) ||
      a.group.displayName.localeCompare(b.group.displayName, 'nl')
  );
}
