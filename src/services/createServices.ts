import { lastingStore, sessionCacheFor } from './cache/SessionCache';
import type { KringClients } from './clients';
import type { KringServices } from './KringServices';
import { GraphFeedService } from './feed/GraphFeedService';
import { SpGraphGroupsService } from './groups/SpGraphGroupsService';
import { SpGraphMembershipService } from './groups/SpGraphMembershipService';
import { SpGraphRegistryService } from './registry/SpGraphRegistryService';
import { SpHealthService } from './health/SpHealthService';
import { SpHighlightsService } from './highlights/SpHighlightsService';
import { GraphPeopleService } from './people/GraphPeopleService';
import { homeSiteResolver } from './settings/homeSite';
import type { SuiteSettings } from './settings/SuiteSettings';
import { TenantSettingsService } from './settings/TenantSettingsService';

export interface ServiceOptions {
  /** Who is signed in (login name or id): cached answers are kept per viewer. */
  viewer?: string;
  /** Settings that win over the tenant properties (a web part's property pane, the workbench). */
  overrides?: SuiteSettings;
}

/**
 * Builds every service from the clients: production, workbench and tests differ only in the clients. Tenant
 * properties are read from the page's own site; every list call goes to the home site they name.
 */
export function createServices(clients: KringClients, options: ServiceOptions = {}): KringServices {
  const cache = sessionCacheFor(options.viewer);
  const settings = new TenantSettingsService(clients.sp, options.overrides, cache);
  const homeSite = homeSiteResolver(settings, clients.spFor);
  const groups = new SpGraphGroupsService(clients.graph, homeSite, cache);
  return {
    people: new GraphPeopleService(clients.graph, { cache }),
    highlights: new SpHighlightsService(homeSite, cache),
    settings,
    health: new SpHealthService(settings, clients.spFor),
    groups,
    membership: new SpGraphMembershipService(clients.graph, homeSite, cache, () => groups.forgetMemberships()),
    registry: new SpGraphRegistryService(clients.graph, homeSite, cache),
    feed: new GraphFeedService(
      clients.graph,
      clients.graphOrigin,
      cache,
      sessionCacheFor(options.viewer, lastingStore())
    )
  };
}
