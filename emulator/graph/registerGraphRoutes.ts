import type { FastifyInstance } from 'fastify';
import type { GraphBehaviour } from './graphBehaviour';
import { registerBatchRoute } from './routes/batchRoute';
import { registerFilesFolderRoute } from './routes/filesFolderRoute';
import { registerGroupRoutes } from './routes/groupsRoutes';
import { registerMessageRoutes } from './routes/messagesRoutes';
import { registerPhotoRoutes } from './routes/photoRoutes';
import { registerPresenceRoutes } from './routes/presenceRoutes';
import { registerTeamRoutes } from './routes/teamsRoutes';
import { registerUserRoutes } from './routes/usersRoutes';
import type { GraphStore } from './store/graphStore';
import { installChannelMessageThrottling } from './throttling/installThrottling';

export interface GraphRouteDeps {
  store: GraphStore;
  batchMarker: string;
  behaviour: GraphBehaviour;
}

/** Every Graph v1.0 route of the emulator. */
export function registerGraphRoutes(app: FastifyInstance, deps: GraphRouteDeps): void {
  installChannelMessageThrottling(app, deps.behaviour.throttle);
  registerUserRoutes(app, deps.store);
  registerPhotoRoutes(app, deps.store);
  registerPresenceRoutes(app, deps.store);
  registerGroupRoutes(app, deps.store, deps.behaviour);
  registerTeamRoutes(app, deps.store);
  registerFilesFolderRoute(app, deps.store);
  registerMessageRoutes(app, deps.store);
  registerBatchRoute(app, deps.batchMarker);
}
