import type { KringClients } from './clients';
import type { KringServices } from './KringServices';
import { SpHighlightsService } from './highlights/SpHighlightsService';
import { GraphPeopleService } from './people/GraphPeopleService';

/** The one composition root: production, workbench and tests differ only in the clients they pass. */
export function createServices(clients: KringClients): KringServices {
  return {
    people: new GraphPeopleService(clients.graph),
    highlights: new SpHighlightsService(clients.sp)
  };
}
