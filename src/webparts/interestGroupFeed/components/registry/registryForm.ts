import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Person } from '../../../../model/Person';
import type {
  GroupCandidate,
  JobFunctionRuleFields,
  JobFunctionRuleItem,
  RegistryEntryFields
} from '../../../../services/registry/RegistryService';

/** SharePoint's limit for a choice value and a single line of text. */
export const MAX_VALUE_LENGTH = 255;

/** What the entry form edits. `feedChannelId` '' is the team's General channel. */
export interface EntryDraft {
  displayName: string;
  jobFunctions: string[];
  topics: string[];
  featured: boolean;
  feedChannelId: string;
  curators: Person[];
}

export type EntryField = 'displayName' | 'jobFunctions' | 'topics';
export type EntryErrors = Partial<Record<EntryField, 'required' | 'tooLong' | 'separator'>>;

/** A person known only by id (not found in the directory): shown by id until someone removes them. */
export function unknownPerson(id: string): Person {
  return { id, displayName: id, userPrincipalName: '' };
}

export function draftOf(group: InterestGroup, people: ReadonlyMap<string, Person>): EntryDraft {
  return {
    displayName: group.displayName,
    jobFunctions: [...group.jobFunctions],
    topics: [...group.topics],
    featured: group.featured,
    feedChannelId: group.feedChannelId ?? '',
    curators: (group.curatorIds ?? []).map((id) => people.get(id) ?? unknownPerson(id))
  };
}

/** A picked group's defaults: its own name, no job functions or topics, not featured, General, no curators. */
export function newDraft(candidate: GroupCandidate): EntryDraft {
  return {
    displayName: candidate.displayName,
    jobFunctions: [],
    topics: [],
    featured: false,
    feedChannelId: '',
    curators: []
  };
}

/** SharePoint keeps multiple-choice values joined with `;#`, so a value cannot contain it. */
function valueProblem(value: string): 'tooLong' | 'separator' | undefined {
  if (value.length > MAX_VALUE_LENGTH) return 'tooLong';
  return value.includes(';#') ? 'separator' : undefined;
}

export function validateEntry(draft: EntryDraft): EntryErrors {
  const errors: EntryErrors = {};
  const name = draft.displayName.trim();
  if (name === '') errors.displayName = 'required';
  else if (name.length > MAX_VALUE_LENGTH) errors.displayName = 'tooLong';
  for (const field of ['jobFunctions', 'topics'] as const) {
    const problem = draft[field].map(valueProblem).find((p) => p !== undefined);
    if (problem) errors[field] = problem;
  }
  return errors;
}

export const hasErrors = (errors: object): boolean => Object.keys(errors).length > 0;

export function fieldsOf(draft: EntryDraft): RegistryEntryFields {
  return {
    displayName: draft.displayName.trim(),
    jobFunctions: draft.jobFunctions,
    topics: draft.topics,
    featured: draft.featured,
    feedChannelId: draft.feedChannelId || undefined,
    curatorIds: draft.curators.map((person) => person.id.toLowerCase())
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** Only what the draft changed, so an update writes no more than the curator touched. */
export function changesOf(group: InterestGroup, draft: EntryDraft): Partial<RegistryEntryFields> {
  const next = fieldsOf(draft);
  const changes: Partial<RegistryEntryFields> = {};
  if (next.displayName !== group.displayName) changes.displayName = next.displayName;
  if (!sameList(next.jobFunctions, group.jobFunctions)) changes.jobFunctions = next.jobFunctions;
  if (!sameList(next.topics, group.topics)) changes.topics = next.topics;
  if (next.featured !== group.featured) changes.featured = next.featured;
  if ((next.feedChannelId ?? '') !== (group.feedChannelId ?? '')) changes.feedChannelId = next.feedChannelId;
  if (!sameList(next.curatorIds, group.curatorIds ?? [])) changes.curatorIds = next.curatorIds;
  return changes;
}

/** The entry as it reads once the changes are saved, for showing them before SharePoint answers. */
export function withChanges(group: InterestGroup, changes: Partial<RegistryEntryFields>): InterestGroup {
  const next = { ...group, ...changes };
  if ('feedChannelId' in changes) next.feedChannelId = changes.feedChannelId || undefined;
  return next;
}

export type RuleErrors = Partial<Record<keyof JobFunctionRuleFields, 'required' | 'tooLong' | 'duplicate'>>;

/** Both parts are needed; a title part may appear once (case is ignored, as in matching). */
export function validateRule(
  rule: JobFunctionRuleFields,
  rules: readonly JobFunctionRuleItem[],
  editingItemId?: number
): RuleErrors {
  const errors: RuleErrors = {};
  const titlePart = rule.titlePart.trim();
  const jobFunction = rule.jobFunction.trim();
  if (titlePart === '') errors.titlePart = 'required';
  else if (titlePart.length > MAX_VALUE_LENGTH) errors.titlePart = 'tooLong';
  else if (
    rules.some((other) => other.itemId !== editingItemId && other.titlePart.toLowerCase() === titlePart.toLowerCase())
  ) {
    errors.titlePart = 'duplicate';
  }
  if (jobFunction === '') errors.jobFunction = 'required';
  else if (jobFunction.length > MAX_VALUE_LENGTH) errors.jobFunction = 'tooLong';
  return errors;
}

/** Every job function the registry and the map name, for suggestions, in name order. */
export function knownJobFunctions(entries: readonly InterestGroup[], rules: readonly JobFunctionRuleItem[]): string[] {
  const all = [...entries.flatMap((entry) => entry.jobFunctions), ...rules.map((rule) => rule.jobFunction)];
  const byKey = new Map<string, string>();
  all.forEach((value) => byKey.has(value.toLowerCase()) || byKey.set(value.toLowerCase(), value));
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'nl'));
}
