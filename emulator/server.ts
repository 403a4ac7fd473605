import { randomBytes } from 'crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerControlRoutes } from './control/controlRoutes';
import { registerGraphRoutes } from './graph/registerGraphRoutes';
import { DEFAULT_SEED_OPTIONS, seedDatabase, storedSeedOptions, type AfterGraphSeed } from './graph/seed';
import { GraphBehaviour } from './graph/graphBehaviour';
import { GraphStore } from './graph/store/graphStore';
import { FaultInjector } from './shared/http/faults';
import { RequestLog } from './shared/http/requestLog';
import { installServicePipeline } from './shared/http/servicePipeline';
import { tokenSecret } from './shared/http/tokens';
import type { Database } from './shared/store/database';

/** The SharePoint half plugs in here: its routes, and its lists seeded after the Graph data. */
export interface SharePointPlugin {
  seed: AfterGraphSeed;
  register: (app: FastifyInstance, deps: { db: Database }) => void;
}

export interface EmulatorServerOptions {
  db: Database;
  sharePoint?: SharePointPlugin;
  logger?: boolean;
}

export interface EmulatorServer {
  app: FastifyInstance;
  faults: FaultInjector;
  log: RequestLog;
}

/** Builds the emulator: Graph v1.0 under /v1.0, SharePoint under /sites, the control API under /_emulator. */
export async function buildServer(options: EmulatorServerOptions): Promise<EmulatorServer> {
  const { db } = options;
  const app = Fastify({
    logger: options.logger ? { level: 'warn' } : false,
    bodyLimit: 4 * 1024 * 1024,
    routerOptions: {
      maxParamLength: 2000,
      ignoreTrailingSlash: true,
      ignoreDuplicateSlashes: true,
      caseSensitive: false
    }
  });
  const store = new GraphStore(db);
  const faults = new FaultInjector();
  const log = new RequestLog();
  const behaviour = new GraphBehaviour();
  const secret = tokenSecret(db);
  const batchMarker = randomBytes(16).toString('hex');
  installServicePipeline(app, {
    findUser: (id) => store.users.find(id),
    faults,
    log,
    tokenSecret: secret,
    batchMarker
  });
  registerControlRoutes(app, {
    store,
    faults,
    log,
    behaviour,
    tokenSecret: secret,
    reset: () => seedDatabase(db, storedSeedOptions(db) ?? DEFAULT_SEED_OPTIONS, options.sharePoint?.seed)
  });
  registerGraphRoutes(app, { store, batchMarker, behaviour });
  options.sharePoint?.register(app, { db });
  await app.ready();
  return { app, faults, log };
}
