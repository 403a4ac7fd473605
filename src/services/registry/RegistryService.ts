import type { InterestGroup } from '../../model/feed/InterestGroup';
import type { Person } from '../../model/Person';
import type { RegistryProblem } from '../../model/feed/registryProblems';

/** A Microsoft 365 group of the tenant, as the curators' group picker shows it. */
export interface GroupCandidate {
  id: string;
  displayName: string;
  description: string;
  visibility: 'Public' | 'Private' | 'Unknown';
  /** Only a group with a team has channels to be a feed: the picker shows the others, disabled. */
  hasTeam: boolean;
}

export interface ChannelOption {
  id: string;
  displayName: string;
}

/** A team's channels, with the primary (General) one, which the registry stores as an empty `FeedChannelId`. */
export interface TeamChannels {
  channels: ChannelOption[];
  primaryChannelId: string;
}

/** What a curator sets on a registry entry. `feedChannelId` undefined (or empty) means the team's General channel. */
export interface RegistryEntryFields {
  displayName: string;
  jobFunctions: string[];
  topics: string[];
  featured: boolean;
  feedChannelId?: string;
  curatorIds: string[];
}

export interface NewRegistryEntry extends RegistryEntryFields {
  groupId: string;
}

/** A rule of the job-title map with the list item it is, for curation. */
export interface JobFunctionRuleItem {
  itemId: number;
  titlePart: string;
  jobFunction: string;
}

export type JobFunctionRuleFields = Omit<JobFunctionRuleItem, 'itemId'>;

/**
 * Curating Kring's registry on the home site: which Microsoft 365 groups are interest groups (with their job
 * functions, topics, feed channel and curators), the job-title map, and what Graph says is wrong with the entries.
 * Every change clears the groups service's cached registry, so the next read sees it.
 */
export interface RegistryService {
  /** Whether the signed-in user may add and edit items of the registry list (`effectiveBasePermissions`). */
  canCurate(): Promise<boolean>;
  /** The registry's entries, read anew (not from the session cache), with their curators. */
  getEntries(): Promise<InterestGroup[]>;
  /** Microsoft 365 groups with a word of their name starting with the query, whether they have a team; one request. */
  findGroups(query: string): Promise<GroupCandidate[]>;
  /** The team's channels and which is General; one `$batch`. */
  channelsOf(groupId: string): Promise<TeamChannels>;
  addGroup(entry: NewRegistryEntry): Promise<InterestGroup>;
  updateGroup(itemId: number, changes: Partial<RegistryEntryFields>): Promise<void>;
  removeGroup(itemId: number): Promise<void>;
  getJobFunctionRules(): Promise<JobFunctionRuleItem[]>;
  addRule(rule: JobFunctionRuleFields): Promise<JobFunctionRuleItem>;
  updateRule(itemId: number, changes: Partial<JobFunctionRuleFields>): Promise<void>;
  removeRule(itemId: number): Promise<void>;
  /** The people with these Entra ids (curators), in one `$batch`; ids nobody has are left out. */
  getPeople(ids: readonly string[]): Promise<Person[]>;
  /** Gone groups, groups without a team and gone feed channels, for every entry in one `$batch`. */
  findProblems(groups: readonly InterestGroup[]): Promise<RegistryProblem[]>;
}
