import type { Person } from '../../model/Person';
import type { GroupRegistry, InterestGroup } from '../../model/feed/InterestGroup';
import type { ChannelRef } from '../../model/feed/mergedFeed';

/** Kring's interest groups: the registry on the home site, and the signed-in user's place in them. */
export interface GroupsService {
  /** The registry with the site owners' job-function map; cached for the session. */
  getRegistry(): Promise<GroupRegistry>;
  /** Ids of the Microsoft 365 groups the signed-in user is a member of. */
  getMyGroupIds(): Promise<ReadonlySet<string>>;
  /** The registry's groups with Graph's description, visibility and member count (in one `$batch`). */
  withDetails(groups: readonly InterestGroup[]): Promise<InterestGroup[]>;
  /** The group's owners (whom a private group's join requests go to); asked within 25 ms together, in one `$batch`. */
  getOwners(groupId: string): Promise<Person[]>;
  /** The group's members (the first 999, enough for mention suggestions), cached for the session. */
  getMembers(groupId: string): Promise<Person[]>;
  /** The channel that is the group's feed: the registry's choice, else the team's primary channel. */
  feedChannelOf(group: InterestGroup): Promise<ChannelRef>;
}
