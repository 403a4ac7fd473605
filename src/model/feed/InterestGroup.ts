/** An interest group: a Microsoft 365 group with a team, listed in Kring's registry on the home site. */
export interface InterestGroup {
  /** The Microsoft 365 group's object id, which is also its team's id. */
  id: string;
  /** The registry item that lists the group, for curation. */
  registryItemId: number;
  displayName: string;
  description: string;
  visibility: 'Public' | 'Private' | 'Unknown';
  /** Job functions the group is for, as the registry names them (e.g. "Docent"). */
  jobFunctions: string[];
  /** Topic labels from the skill vocabulary, as curated. */
  topics: string[];
  featured: boolean;
  /** Members, once Graph has counted them. */
  memberCount?: number;
  /** The channel whose messages are the group's feed; undefined means the team's primary (General) channel. */
  feedChannelId?: string;
  /** Entra ids of the people who curate the group (the registry's `Curators`); empty when nobody is named. */
  curatorIds?: string[];
}

/** Where the signed-in user stands with a group. */
export type MembershipState = 'member' | 'owner' | 'none' | 'requested';

/** The outcome of asking to join or leave: done at once, or filed as a request for the group's owners. */
export type MembershipChange = 'done' | 'requested';

/** A rule of the site owners' map from job titles to job functions: a title that contains `titlePart`. */
export interface JobFunctionRule {
  titlePart: string;
  jobFunction: string;
}

/** The registry as the feed and the group browser use it. */
export interface GroupRegistry {
  groups: InterestGroup[];
  jobFunctionRules: JobFunctionRule[];
}
