import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest, forbidden, resourceNotFound } from '../http/errors';
import { contextUrl } from '../http/odata';
import type { FilterField } from '../http/odataFilter';
import type { GroupRow } from '../store/rows';
import { groupJson, parseGroupSelect, teamJson } from './groupView';
import { listDirectory, type DirectoryCollection } from './listing';
import { allowQueryOptions, jsonObjectBody, sendEntity, targetUser, userPaths } from './routeHelpers';
import type { GraphStore } from './store';
import { listUsers } from './usersRoutes';

const GROUP_FILTER_FIELDS: Readonly<Record<string, FilterField>> = {
  id: { column: 'id', type: 'string', operators: ['eq', 'ne', 'in'] },
  displayname: { column: 'displayName', type: 'string', operators: ['eq', 'ne', 'in', 'startswith', 'endswith', 'range'] },
  mail: { column: 'mail', type: 'string', operators: ['eq', 'ne', 'in', 'startswith', 'endswith'] },
  mailnickname: { column: 'mailNickname', type: 'string', operators: ['eq', 'ne', 'in', 'startswith', 'endswith'] }
};

export const GROUP_COLLECTION: DirectoryCollection<GroupRow> = {
  table: 'groups',
  entity: 'Group',
  filterFields: GROUP_FILTER_FIELDS,
  searchColumns: { displayname: 'displayName', description: 'description', mail: 'mail', mailnickname: 'mailNickname' },
  orderColumns: { displayname: 'displayName' },
  parseSelection: parseGroupSelect,
  toJson: groupJson
};

export function requireGroup(store: GraphStore, request: FastifyRequest): GroupRow {
  const { groupId } = request.params as { groupId: string };
  const group = store.findGroup(groupId);
  if (!group) {
    throw resourceNotFound(groupId);
  }
  return group;
}

/** The user id in a `$ref` body: `{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}`. */
function referencedUserId(request: FastifyRequest): string {
  const reference = jsonObjectBody(request)['@odata.id'];
  const match = typeof reference === 'string' ? /\/(?:directoryObjects|users)\/([^/?#]+)\/?$/i.exec(reference) : null;
  if (!match) {
    throw badRequest("Invalid object identifier: '@odata.id' must be a URL ending in /directoryObjects/{id}.", 'Request_BadRequest');
  }
  return decodeURIComponent(match[1]);
}

/** Self-service membership: anyone may join or leave a public group herself; everything else needs an owner. */
function ensureMayChangeMembership(store: GraphStore, group: GroupRow, actorId: string, subjectId: string): void {
  const isOwner = store.rolesOf(group.id, actorId).has('owner');
  if (isOwner || (group.visibility === 'Public' && actorId === subjectId)) {
    return;
  }
  throw forbidden();
}

export function registerGroupRoutes(app: FastifyInstance, store: GraphStore): void {
  app.get('/v1.0/groups', async (request) => listDirectory(store, request, GROUP_COLLECTION, { where: [], params: [] }, 'groups'));

  app.get('/v1.0/groups/:groupId', async (request, reply) => {
    allowQueryOptions(request, ['$select']);
    const selected = parseGroupSelect(request);
    const group = requireGroup(store, request);
    const { '@odata.type': _type, ...body } = groupJson(group, selected);
    return sendEntity(reply, { '@odata.context': contextUrl(request, 'groups/$entity'), ...body }, group.etag);
  });

  app.get('/v1.0/groups/:groupId/members', async (request) => {
    const group = requireGroup(store, request);
    return listUsers(store, request, { where: ["id IN (SELECT userId FROM group_members WHERE groupId = ? AND role = 'member')"], params: [group.id] }, 'directoryObjects');
  });

  app.get('/v1.0/groups/:groupId/owners', async (request) => {
    const group = requireGroup(store, request);
    return listUsers(store, request, { where: ["id IN (SELECT userId FROM group_members WHERE groupId = ? AND role = 'owner')"], params: [group.id] }, 'directoryObjects');
  });

  app.post('/v1.0/groups/:groupId/members/$ref', async (request, reply) => {
    const group = requireGroup(store, request);
    const userId = referencedUserId(request);
    const user = store.findUser(userId);
    if (!user) {
      throw resourceNotFound(userId);
    }
    ensureMayChangeMembership(store, group, request.kringUser.id, user.id);
    if (store.rolesOf(group.id, user.id).has('member')) {
      throw badRequest("One or more added object references already exist for the following modified properties: 'members'.", 'Request_BadRequest');
    }
    store.db.prepare("INSERT INTO group_members (groupId, userId, role) VALUES (?, ?, 'member')").run(group.id, user.id);
    return reply.code(204).send();
  });

  app.delete('/v1.0/groups/:groupId/members/:memberId/$ref', async (request, reply) => {
    const group = requireGroup(store, request);
    const { memberId } = request.params as { memberId: string };
    const user = store.findUser(memberId);
    if (!user || !store.rolesOf(group.id, user.id).has('member')) {
      throw resourceNotFound(memberId);
    }
    ensureMayChangeMembership(store, group, request.kringUser.id, user.id);
    store.db.prepare("DELETE FROM group_members WHERE groupId = ? AND userId = ? AND role = 'member'").run(group.id, user.id);
    return reply.code(204).send();
  });

  for (const path of userPaths('/memberOf')) {
    app.get(path, async (request) => {
      const user = targetUser(store, request);
      return listDirectory(store, request, GROUP_COLLECTION, { where: ["id IN (SELECT groupId FROM group_members WHERE userId = ? AND role = 'member')"], params: [user.id] }, 'directoryObjects');
    });
  }

  for (const path of userPaths('/joinedTeams')) {
    app.get(path, async (request) => {
      allowQueryOptions(request, ['$select']);
      const user = targetUser(store, request);
      const groups = store.db
        .prepare("SELECT g.* FROM groups g JOIN group_members m ON m.groupId = g.id AND m.role = 'member' WHERE m.userId = ? ORDER BY g.displayName")
        .all(user.id) as GroupRow[];
      return { '@odata.context': contextUrl(request, 'teams'), '@odata.count': groups.length, value: groups.map(teamJson) };
    });
  }
}
