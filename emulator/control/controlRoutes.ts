import type { FastifyInstance } from 'fastify';
import { badRequest, GraphError } from '../shared/http/errors';
import type { FaultInjector } from '../shared/http/faults';
import type { RequestLog } from '../shared/http/requestLog';
import { issueToken } from '../shared/http/tokens';
import { DOMAIN, TENANT_ID } from '../graph/seed/organisation';
import { DEFAULT_USER_LOCAL_PART, PERSONAS } from '../graph/seed/personas';
import type { GraphBehaviour } from '../graph/graphBehaviour';
import type { GraphStore } from '../graph/store/graphStore';
import { registerBehaviourRoutes } from './behaviourRoutes';
import { registerFaultRoutes } from './faultRoutes';
import { registerRequestLogRoutes } from './requestLogRoutes';
import { registerSiteRoutes } from './siteRoutes';
import { registerThreadRoutes } from './threadRoutes';

export interface ControlDeps {
  store: GraphStore;
  faults: FaultInjector;
  log: RequestLog;
  behaviour: GraphBehaviour;
  tokenSecret: string;
  /** Restores the deterministic seed; returns how long it took. */
  reset: () => { milliseconds: number };
}

function registerAccountRoutes(app: FastifyInstance, deps: ControlDeps): void {
  const { store } = deps;
  app.get('/_emulator/accounts', async () =>
    Object.entries(PERSONAS)
      .filter(([, persona]) => persona.featured)
      .sort(([a], [b]) => Number(b === DEFAULT_USER_LOCAL_PART) - Number(a === DEFAULT_USER_LOCAL_PART))
      .map(([localPart]) => store.users.find(`${localPart}@${DOMAIN}`))
      .filter((row): row is NonNullable<typeof row> => row !== undefined)
      .map((row) => ({
        id: row.id,
        userPrincipalName: row.userPrincipalName,
        displayName: row.displayName,
        jobTitle: row.jobTitle,
        department: row.department
      }))
  );

  app.post('/_emulator/token', async (request, reply) => {
    const body = (request.body ?? {}) as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw badRequest('Expected a JSON object {"user": "<userPrincipalName or id>"}.');
    }
    const requested = (body as { user?: unknown }).user ?? `${DEFAULT_USER_LOCAL_PART}@${DOMAIN}`;
    if (typeof requested !== 'string' || requested.trim() === '' || requested.length > 300) {
      throw badRequest("'user' must be a userPrincipalName or an object id.");
    }
    const user = store.users.find(requested.trim());
    if (!user) {
      throw new GraphError(404, 'Request_ResourceNotFound', `No user '${requested}' in the demo organisation.`);
    }
    if (user.accountEnabled !== 1) {
      return reply
        .code(400)
        .send({ error: 'invalid_grant', error_description: 'AADSTS50057: The user account is disabled.' });
    }
    return issueToken(deps.tokenSecret, user, TENANT_ID);
  });
}

/** The emulator's own API for tests, the workbench and benchmarks (not part of Graph; no auth). */
export function registerControlRoutes(app: FastifyInstance, deps: ControlDeps): void {
  app.get('/_emulator/health', async () => ({ status: 'ok', people: deps.store.users.count() }));
  registerAccountRoutes(app, deps);
  registerSiteRoutes(app, deps.store);
  registerThreadRoutes(app, deps.store);
  registerFaultRoutes(app, deps.faults);
  registerRequestLogRoutes(app, deps.log);
  registerBehaviourRoutes(app, deps.behaviour);
  app.post('/_emulator/reset', async () => {
    deps.faults.clear();
    deps.behaviour.reset();
    const { milliseconds } = deps.reset();
    return { status: 'reset', milliseconds };
  });
}
