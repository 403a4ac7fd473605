import type { AsyncData } from '../../../../hooks/AsyncData';
import type { KringLocale } from '../../../../host/HostInfo';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { GroupSuggestion } from '../../../../model/feed/suggestGroups';
import type { GroupFilters, TopicOption } from './filterGroups';
import type { GroupDirectory } from './useGroupDirectory';
import type { GroupMembership, MembershipAction } from './useMembership';
import type { RequestsToDecide } from './useRequestsToDecide';

export interface GroupsPanelProps {
  /** Opens a group's feed in the web part (the Feed tab); without it "Open feed" links to the suite's feed page. */
  onOpenFeed?: (groupId: string) => void;
}

/** What a group card needs besides the group: shared by every card in the panel. */
export interface GroupCardContext {
  locale: KringLocale;
  /** Whether I am in the group, with the changes of this session. */
  isMember: (groupId: string) => boolean;
  membershipOf: (groupId: string) => GroupMembership;
  /** Joins or leaves; the card follows through `membershipOf`. */
  change: (group: InterestGroup, action: MembershipAction) => void;
  /** A who-knows-what search for a topic. */
  topicHref: (topic: string) => string;
  /** The suite's feed page for a group, when the panel has no `onOpenFeed`. */
  feedHref: (groupId: string) => string;
  onOpenFeed?: (groupId: string) => void;
}

export interface GroupsPanelState {
  directory: AsyncData<GroupDirectory>;
  reload: () => void;
  suggestions: AsyncData<GroupSuggestion[]>;
  reloadSuggestions: () => void;
  filters: GroupFilters;
  setFilters: (filters: GroupFilters) => void;
  clearFilters: () => void;
  /** The groups that pass the filters. */
  visible: InterestGroup[];
  jobFunctions: string[];
  topics: TopicOption[];
  card: GroupCardContext;
  /** For owners: the requests of others to decide. */
  requests: RequestsToDecide;
}
