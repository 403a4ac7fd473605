import type {
  JobFunctionRuleFields,
  JobFunctionRuleItem,
  RegistryEntryFields,
  GroupCandidate
} from './RegistryService';

/** A registry item's writable columns, as SharePoint takes them (JSON light: multi-value fields as plain arrays). */
export interface SpRegistryFields {
  Title?: string;
  GroupId?: string;
  JobFunctions?: string[];
  Topics?: string[];
  Featured?: boolean;
  FeedChannelId?: string | null;
  Curators?: string | null;
}

const clean = (values: readonly string[]): string[] => {
  const trimmed = values.map((value) => value.trim()).filter((value) => value !== '');
  return trimmed.filter((value, index) => trimmed.indexOf(value) === index);
};

/** The columns for the fields given; an empty feed channel or curator list clears the column (General, nobody). */
export function toRegistryFields(changes: Partial<RegistryEntryFields>): SpRegistryFields {
  const fields: SpRegistryFields = {};
  if (changes.displayName !== undefined) fields.Title = changes.displayName.trim();
  if (changes.jobFunctions !== undefined) fields.JobFunctions = clean(changes.jobFunctions);
  if (changes.topics !== undefined) fields.Topics = clean(changes.topics);
  if (changes.featured !== undefined) fields.Featured = changes.featured;
  if ('feedChannelId' in changes) fields.FeedChannelId = changes.feedChannelId?.trim() || null;
  if (changes.curatorIds !== undefined) {
    const ids = clean(changes.curatorIds.map((id) => id.toLowerCase()));
    fields.Curators = ids.length > 0 ? ids.join(';') : null;
  }
  return fields;
}

export interface SpRuleFields {
  Title?: string;
  JobFunction?: string;
}

export function toRuleFields(changes: Partial<JobFunctionRuleFields>): SpRuleFields {
  const fields: SpRuleFields = {};
  if (changes.titlePart !== undefined) fields.Title = changes.titlePart.trim();
  if (changes.jobFunction !== undefined) fields.JobFunction = changes.jobFunction.trim();
  return fields;
}

export interface SpRuleItem {
  Id?: number | null;
  Title?: string | null;
  JobFunction?: string | null;
}

export function toRuleItem(item: SpRuleItem): JobFunctionRuleItem | undefined {
  const titlePart = item.Title?.trim();
  const jobFunction = item.JobFunction?.trim();
  return typeof item.Id === 'number' && titlePart && jobFunction
    ? { itemId: item.Id, titlePart, jobFunction }
    : undefined;
}

export interface GraphGroupCandidatePayload {
  id?: string;
  displayName?: string | null;
  description?: string | null;
  visibility?: string | null;
  groupTypes?: string[] | null;
  resourceProvisioningOptions?: string[] | null;
}

/** A Microsoft 365 (Unified) group of a `/groups` answer; undefined for security and distribution groups. */
export function toGroupCandidate(payload: GraphGroupCandidatePayload): GroupCandidate | undefined {
  if (!payload.id || !(payload.groupTypes ?? []).includes('Unified')) return undefined;
  const visibility =
    payload.visibility === 'Public' || payload.visibility === 'Private' ? payload.visibility : 'Unknown';
  return {
    id: payload.id.toLowerCase(),
    displayName: payload.displayName?.trim() || payload.id,
    description: payload.description?.trim() ?? '',
    visibility,
    hasTeam: (payload.resourceProvisioningOptions ?? []).includes('Team')
  };
}

/** Graph's `$search` takes the words inside double quotes: quotes and backslashes in the query are dropped. */
export function searchClause(query: string): string | undefined {
  const words = query.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return words.length >= 2 ? `"displayName:${words}"` : undefined;
}

/** Names starting with the query first, then in name order. */
export function rankCandidates(candidates: GroupCandidate[], query: string): GroupCandidate[] {
  const needle = query.trim().toLowerCase();
  const starts = (candidate: GroupCandidate): number =>
    candidate.displayName.toLowerCase().startsWith(needle) ? 0 : 1;
  return candidates.sort((a, b) => starts(a) - starts(b) || a.displayName.localeCompare(b.displayName, 'nl'));
}
