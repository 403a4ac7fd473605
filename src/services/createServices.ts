import { sessionCacheFor } from './cache/SessionCache';
import type { KringClients } from './clients';
import type { KringServices } from './KringServices';
import { SpHighlightsService } from './highlights/SpHighlightsService';
import { GraphPeopleService } from './people/GraphPeopleService';
import { fixedSettings, type SuiteSettings } from './settings/SuiteSettings';

export interface ServiceOptions {
  /** Who is signed in (login name or id): cached answers are kept per viewer. */
  viewer?: string;
  /** Settings the host already knows (property pane overrides, the workbench). */
  settings?: SuiteSettings;
}

/** Builds every service from the two clients: production, workbench and tests differ only in the clients. */
export function createServices(clients: KringClients, options: ServiceOptions = {}): KringServices {
  const cache = sessionCacheFor(options.viewer);
  return {
    people: new GraphPeopleService(clients.graph, { cache }),
    highlights: new SpHighlightsService(clients.sp, cache),
    settings: fixedSettings(options.settings ?? {})
  };
}
