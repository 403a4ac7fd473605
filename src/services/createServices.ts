import type { KringClients } from './clients';
import type { KringServices } from './KringServices';
import { SpHighlightsService } from './highlights/SpHighlightsService';
import { GraphPeopleService } from './people/GraphPeopleService';
import { profileCacheFor } from './people/ProfileCache';

export interface ServiceOptions {
  /** Who is signed in (login name or id): cached answers are kept per viewer. */
  viewer?: string;
}

/** The one composition root: production, workbench and tests differ only in the clients they pass. */
export function createServices(clients: KringClients, options: ServiceOptions = {}): KringServices {
  const cache = profileCacheFor(options.viewer);
  return {
    people: new GraphPeopleService(clients.graph, { cache }),
    highlights: new SpHighlightsService(clients.sp, cache)
  };
}
