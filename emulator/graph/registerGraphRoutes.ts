import type { FastifyInstance } from 'fastify';
import { registerBatchRoute } from './batchRoute';
import { registerGroupRoutes } from './groupsRoutes';
import { registerMessageRoutes } from './messagesRoutes';
import { registerPhotoRoutes } from './photoRoutes';
import { registerPresenceRoutes } from './presenceRoutes';
import type { GraphStore } from './store';
import { registerTeamRoutes } from './teamsRoutes';
import { registerUserRoutes } from './usersRoutes';

export interface GraphRouteDeps {
  store: GraphStore;
  batchMarker: string;
}

/** Every Graph v1.0 route of the emulator. */
export function registerGraphRoutes(app: FastifyInstance, deps: GraphRouteDeps): void {
  registerUserRoutes(app, deps.store);
  registerPhotoRoutes(app, deps.store);
  registerPresenceRoutes(app, deps.store);
  registerGroupRoutes(app, deps.store);
  registerTeamRoutes(app, deps.store);
  registerMessageRoutes(app, deps.store);
  registerBatchRoute(app, deps.batchMarker);
}
