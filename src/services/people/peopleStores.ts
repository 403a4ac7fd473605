import type { Person } from '../../model/Person';
import type { PersonGroup } from '../../model/PersonGroup';
import type { PersonProfile } from '../../model/PersonProfile';
import type { Presence } from '../../model/Presence';
import type { CacheStore, SessionCache } from '../cache/SessionCache';

/** The people service's cache stores: presence goes stale quickly, organisation data and profiles rarely. */
export interface PeopleStores {
  profile: CacheStore<PersonProfile>;
  photo: CacheStore<string | undefined>;
  presence: CacheStore<Presence>;
  manager: CacheStore<Person | undefined>;
  reports: CacheStore<Person[]>;
  groups: CacheStore<PersonGroup[]>;
  /** UPN (lower case) → object id, so a card asked for by UPN is served from one loaded by id. */
  alias: CacheStore<string>;
}

export function peopleStores(cache: SessionCache): PeopleStores {
  return {
    profile: cache.store('profile', 60),
    photo: cache.store('photo', 60),
    presence: cache.store('presence', 5),
    manager: cache.store('manager', 60),
    reports: cache.store('reports', 60),
    groups: cache.store('groups', 30),
    alias: cache.store('alias', 60)
  };
}
