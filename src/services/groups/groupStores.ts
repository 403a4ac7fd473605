import type { GroupRegistry, InterestGroup } from '../../model/feed/InterestGroup';
import type { Person } from '../../model/Person';
import type { CacheStore, SessionCache } from '../cache/SessionCache';

/** What the groups service caches: the curated registry changes rarely, memberships when someone joins. */
export interface GroupStores {
  registry: CacheStore<GroupRegistry>;
  myGroups: CacheStore<string[]>;
  details: CacheStore<Pick<InterestGroup, 'description' | 'visibility' | 'memberCount'>>;
  primaryChannel: CacheStore<string>;
  members: CacheStore<Person[]>;
}

export function groupStores(cache: SessionCache): GroupStores {
  return {
    registry: cache.store('registry', 30),
    myGroups: cache.store('myGroups', 30),
    details: cache.store('groupDetails', 60),
    primaryChannel: cache.store('primaryChannel', 60),
    members: cache.store('groupMembers', 30)
  };
}
