import type { SessionCache } from './cache/SessionCache';
import type { KringClients } from './clients';
import { GraphFeedService } from './feed/GraphFeedService';
import { SpGraphGroupsService } from './groups/SpGraphGroupsService';
import { SpGraphMembershipService } from './groups/SpGraphMembershipService';
import type { KringServices } from './KringServices';
import { SpGraphRegistryService } from './registry/SpGraphRegistryService';
import type { HomeSiteResolver } from './settings/homeSite';

export type GroupServices = Pick<KringServices, 'groups' | 'membership' | 'registry' | 'feed'>;

/** The interest-group services, loaded in a chunk of their own by the pages that show groups or feeds. */
export function createGroupServices(
  clients: KringClients,
  homeSite: HomeSiteResolver,
  cache: SessionCache,
  lasting: SessionCache
): GroupServices {
  const groups = new SpGraphGroupsService(clients.graph, homeSite, cache);
  return {
    groups,
    membership: new SpGraphMembershipService(clients.graph, homeSite, cache, () => groups.forgetMemberships()),
    registry: new SpGraphRegistryService(clients.graph, homeSite, cache),
    feed: new GraphFeedService(clients.graph, clients.graphOrigin, cache, lasting)
  };
}
