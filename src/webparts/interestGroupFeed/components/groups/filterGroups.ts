import type { KringLocale } from '../../../../host/HostInfo';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { EVERYONE } from '../../../../model/feed/jobFunctions';
import { labelFor } from '../../../../model/skillLanguage';
import { normaliseSkill, sameSkill, skillSearchWords } from '../../../../model/skillVocabulary';

/** What the group browser's search box, dropdowns and switch narrow the list to. */
export interface GroupFilters {
  /** Words that must all occur in the name, the description or a topic (in either language). */
  query: string;
  /** A job function as the registry names it; undefined for all. Groups for everyone are for every function. */
  jobFunction?: string;
  /** A topic as the registry names it; undefined for all. Matches the same topic in the other language too. */
  topic?: string;
  /** Only groups the signed-in user is a member of. */
  mineOnly: boolean;
}

export const NO_FILTERS: GroupFilters = { query: '', mineOnly: false };

/** An option of the topic dropdown: the registry's text, shown in the viewer's language. */
export interface TopicOption {
  value: string;
  label: string;
}

const functionKey = (name: string): string => name.toLocaleLowerCase('nl').trim();
const byText = (a: string, b: string): number => a.localeCompare(b, 'nl', { sensitivity: 'base' });

export function hasFilters(filters: GroupFilters): boolean {
  return (
    filters.query.trim() !== '' || filters.jobFunction !== undefined || filters.topic !== undefined || filters.mineOnly
  );
}

function searchText(group: InterestGroup): string {
  const topics = group.topics.flatMap(skillSearchWords);
  return normaliseSkill([group.displayName, group.description, ...topics].join(' '));
}

function matchesQuery(group: InterestGroup, query: string): boolean {
  const words = normaliseSkill(query).split(' ').filter(Boolean);
  if (words.length === 0) {
    return true;
  }
  const text = searchText(group);
  return words.every((word) => text.includes(word));
}

function matchesJobFunction(group: InterestGroup, jobFunction: string | undefined): boolean {
  if (jobFunction === undefined) {
    return true;
  }
  const wanted = functionKey(jobFunction);
  return group.jobFunctions.some((name) => {
    const key = functionKey(name);
    return key === wanted || key === functionKey(EVERYONE);
  });
}

/** The groups that pass every filter, in the order given. */
export function filterGroups(
  groups: readonly InterestGroup[],
  filters: GroupFilters,
  isMember: (groupId: string) => boolean
): InterestGroup[] {
  return groups.filter(
    (group) =>
      (!filters.mineOnly || isMember(group.id)) &&
      matchesJobFunction(group, filters.jobFunction) &&
      (filters.topic === undefined || group.topics.some((topic) => sameSkill(topic, filters.topic as string))) &&
      matchesQuery(group, filters.query)
  );
}

/** Featured groups first (the site owners put them forward), then by name. */
export function sortGroups(groups: readonly InterestGroup[]): InterestGroup[] {
  return [...groups].sort((a, b) => Number(b.featured) - Number(a.featured) || byText(a.displayName, b.displayName));
}

/** The job functions the registry's groups are for, each once, alphabetically; "everyone" is not a filter. */
export function jobFunctionOptions(groups: readonly InterestGroup[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of groups.flatMap((group) => group.jobFunctions)) {
    const key = functionKey(name);
    if (key !== '' && key !== functionKey(EVERYONE) && !byKey.has(key)) {
      byKey.set(key, name.trim());
    }
  }
  return [...byKey.values()].sort(byText);
}

/** The topics of the registry's groups, each concept once (whatever language it was curated in), by label. */
export function topicOptions(groups: readonly InterestGroup[], locale: KringLocale): TopicOption[] {
  const options: TopicOption[] = [];
  for (const topic of groups.flatMap((group) => group.topics)) {
    if (topic.trim() !== '' && !options.some((option) => sameSkill(option.value, topic))) {
      options.push({ value: topic, label: labelFor(topic, locale) });
    }
  }
  return options.sort((a, b) => byText(a.label, b.label));
}
