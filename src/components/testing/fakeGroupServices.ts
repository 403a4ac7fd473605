import type { FeedService } from '../../services/feed/FeedService';
import type { GroupsService } from '../../services/groups/GroupsService';
import type { MembershipService } from '../../services/groups/MembershipService';
import type { KringServices } from '../../services/KringServices';
import type { RegistryService } from '../../services/registry/RegistryService';
import { fakeComposerServices, type ComposerServiceOverrides } from './fakeComposerServices';
import { fakeDocumentServices, type DocumentServiceOverrides } from './fakeDocumentServices';

export interface GroupServiceOverrides extends ComposerServiceOverrides, DocumentServiceOverrides {
  groups?: Partial<GroupsService>;
  membership?: Partial<MembershipService>;
  registry?: Partial<RegistryService>;
  feed?: Partial<FeedService>;
}

export const unexpected = (name: string) => (): Promise<never> =>
  Promise.reject(new Error(`Unexpected call to ${name}`));

/** The interest-group services for component tests: reads that every view makes answer empty, the rest fail. */
export function fakeGroupServices(
  overrides: GroupServiceOverrides
): Pick<
  KringServices,
  'groups' | 'membership' | 'registry' | 'feed' | 'composer' | 'drafts' | 'sender' | 'documents' | 'channelFiles'
> {
  return {
    ...fakeComposerServices(overrides),
    ...fakeDocumentServices(overrides),
    groups: {
      getRegistry: unexpected('groups.getRegistry'),
      getMyGroupIds: unexpected('groups.getMyGroupIds'),
      withDetails: unexpected('groups.withDetails'),
      getOwners: () => Promise.resolve([]),
      getMembers: () => Promise.resolve([]),
      feedChannelOf: unexpected('groups.feedChannelOf'),
      ...overrides.groups
    },
    membership: {
      join: unexpected('membership.join'),
      leave: unexpected('membership.leave'),
      getMyPendingRequests: () => Promise.resolve([]),
      getRequestsToDecide: () => Promise.resolve([]),
      decide: unexpected('membership.decide'),
      ...overrides.membership
    },
    registry: {
      canCurate: () => Promise.resolve(false),
      getEntries: unexpected('registry.getEntries'),
      findGroups: unexpected('registry.findGroups'),
      channelsOf: unexpected('registry.channelsOf'),
      addGroup: unexpected('registry.addGroup'),
      updateGroup: unexpected('registry.updateGroup'),
      removeGroup: unexpected('registry.removeGroup'),
      getJobFunctionRules: unexpected('registry.getJobFunctionRules'),
      addRule: unexpected('registry.addRule'),
      updateRule: unexpected('registry.updateRule'),
      removeRule: unexpected('registry.removeRule'),
      getPeople: () => Promise.resolve([]),
      findProblems: unexpected('registry.findProblems'),
      ...overrides.registry
    },
    feed: {
      graphOrigin: 'https://graph.microsoft.com',
      rememberedActivity: () => Promise.resolve(new Map()),
      readLatest: unexpected('feed.readLatest'),
      readOlder: unexpected('feed.readOlder'),
      getPost: unexpected('feed.getPost'),
      getReplies: unexpected('feed.getReplies'),
      catchUp: unexpected('feed.catchUp'),
      hostedImage: unexpected('feed.hostedImage'),
      recordSent: () => Promise.resolve(),
      ...overrides.feed
    }
  };
}
