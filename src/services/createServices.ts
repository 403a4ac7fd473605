import { lastingStore, sessionCacheFor } from './cache/SessionCache';
import type { KringClients } from './clients';
import type { GroupServices } from './groupServices';
import type { KringServices } from './KringServices';
import { lazyService } from './lazyService';
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
  // Tenant properties are the same for everyone who signs in: remembered once per browser, not per viewer.
  const settings = new TenantSettingsService(
    clients.sp,
    options.overrides,
    cache,
    sessionCacheFor(undefined, lastingStore())
  );
  const homeSite = homeSiteResolver(settings, clients.spFor);
  let groupServices: Promise<GroupServices> | undefined;
  const loadGroupServices = (): Promise<GroupServices> =>
    (groupServices ??= import(/* webpackChunkName: 'kring-group-services' */ './groupServices').then((module) =>
      module.createGroupServices(
        clients,
        homeSite,
        cache,
        sessionCacheFor(options.viewer, lastingStore()),
        options.viewer
      )
    ));
  return {
    people: new GraphPeopleService(clients.graph, { cache }),
    highlights: new SpHighlightsService(homeSite, cache),
    settings,
    health: new SpHealthService(settings, clients.spFor),
    groups: lazyService(() => loadGroupServices().then((loaded) => loaded.groups)),
    membership: lazyService(() => loadGroupServices().then((loaded) => loaded.membership)),
    registry: lazyService(() => loadGroupServices().then((loaded) => loaded.registry)),
    feed: lazyService(() => loadGroupServices().then((loaded) => loaded.feed), { graphOrigin: clients.graphOrigin }),
    composer: lazyService(() => loadGroupServices().then((loaded) => loaded.composer)),
    drafts: lazyService(() => loadGroupServices().then((loaded) => loaded.drafts)),
    sender: lazyService(() => loadGroupServices().then((loaded) => loaded.sender)),
    documents: lazyService(() => loadGroupServices().then((loaded) => loaded.documents)),
    channelFiles: lazyService(() => loadGroupServices().then((loaded) => loaded.channelFiles))
  };
}
