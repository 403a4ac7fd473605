import type { FastifyInstance } from 'fastify';
import { badRequest, GraphError } from '../shared/http/errors';
import type { GraphStore } from '../graph/store/graphStore';

/**
 * `GET /_emulator/team-site?user=<upn or id>&group=<id>`: the team site a Teams tab's page belongs to (the
 * group's, or for a personal tab the user's first team's), which SPFx hands a real tab in its page context.
 */
export function registerSiteRoutes(app: FastifyInstance, store: GraphStore): void {
  app.get('/_emulator/team-site', async (request) => {
    const { user, group } = request.query as { user?: unknown; group?: unknown };
    if (typeof user !== 'string' || user.trim() === '') {
      throw badRequest("'user' must be a userPrincipalName or an object id.");
    }
    const person = store.users.find(user.trim());
    if (!person) {
      throw new GraphError(404, 'Request_ResourceNotFound', `No user '${user}' in the demo organisation.`);
    }
    const team =
      typeof group === 'string' && group !== '' ? store.groups.find(group) : store.groups.joinedBy(person.id)[0];
    if (!team?.mailNickname) {
      throw new GraphError(404, 'Request_ResourceNotFound', 'No team site for that tab.');
    }
    return { siteUrl: `/sites/${encodeURIComponent(team.mailNickname)}` };
  });
}
