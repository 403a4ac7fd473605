import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest, forbidden, resourceNotFound } from '../../shared/http/errors';
import type { GroupRow, UserRow } from '../../shared/store/rows';
import { contextUrl, queryOption } from '../odata/queryOptions';
import type { GraphBehaviour } from '../graphBehaviour';
import type { FilterField } from '../store/filterSql';
import type { GraphStore } from '../store/graphStore';
import { mayChangeAnyGroupsMembers, directoryRolesOf } from '../seed/directoryRoles';
import { withDirectoryRoles } from '../views/directoryRoleView';
import { groupJson, parseGroupSelect, teamJson } from '../views/groupView';
import { listDirectory, type DirectoryCollection } from './listing';
import { allowQueryOptions, jsonObjectBody, sendEntity, targetUser, userPaths } from './routeHelpers';
import { listUsers } from './usersRoutes';

const GROUP_FILTER_FIELDS: Readonly<Record<string, FilterField>> = {
  id: { column: 'id', type: 'string', operators: ['eq', 'ne', 'in'] },
  displayname: {
    column: 'displayName',
    type: 'string',
    operators: ['eq', 'ne', 'in', 'startswith', 'endswith', 'range']
  },
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
  const group = store.groups.find(groupId);
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
    throw badRequest(
      "Invalid object identifier: '@odata.id' must be a URL ending in /directoryObjects/{id}.",
      'Request_BadRequest'
    );
  }
  return decodeURIComponent(match[1]);
}

/**
 * Owners and holders of a directory role that manages groups (Groups Administrator and the like) may add and remove
 * anyone. Others only under the permissive policy, and then only themselves in a public group.
 */
function ensureMayChangeMembership(
  store: GraphStore,
  behaviour: GraphBehaviour,
  group: GroupRow,
  actor: UserRow,
  subjectId: string
): void {
  const isOwner = store.groups.rolesOf(group.id, actor.id).has('owner');
  const selfServiceAllowed =
    behaviour.membership.selfService === 'permissive' && group.visibility === 'Public' && actor.id === subjectId;
  if (isOwner || mayChangeAnyGroupsMembers(actor) || selfServiceAllowed) {
    return;
  }
  throw forbidden();
}

function registerGroupReads(app: FastifyInstance, store: GraphStore): void {
  app.get('/v1.0/groups', async (request) =>
    listDirectory(store, request, GROUP_COLLECTION, { kind: 'all' }, 'groups')
  );

  app.get('/v1.0/groups/:groupId', async (request, reply) => {
    allowQueryOptions(request, ['$select']);
    const selected = parseGroupSelect(request);
    const group = requireGroup(store, request);
    const { '@odata.type': _type, ...body } = groupJson(group, selected);
    return sendEntity(reply, { '@odata.context': contextUrl(request, 'groups/$entity'), ...body }, group.etag);
  });

  for (const role of ['member', 'owner'] as const) {
    app.get(`/v1.0/groups/:groupId/${role}s`, async (request) => {
      const group = requireGroup(store, request);
      return listUsers(store, request, { kind: 'groupMembers', groupId: group.id, role }, 'directoryObjects');
    });
  }
}

function registerMembershipChanges(app: FastifyInstance, store: GraphStore, behaviour: GraphBehaviour): void {
  app.post('/v1.0/groups/:groupId/members/$ref', async (request, reply) => {
    const group = requireGroup(store, request);
    const userId = referencedUserId(request);
    const user = store.users.find(userId);
    if (!user) {
      throw resourceNotFound(userId);
    }
    ensureMayChangeMembership(store, behaviour, group, request.kringUser, user.id);
    if (store.groups.rolesOf(group.id, user.id).has('member')) {
      throw badRequest(
        "One or more added object references already exist for the following modified properties: 'members'.",
        'Request_BadRequest'
      );
    }
    store.groups.addMember(group.id, user.id);
    return reply.code(204).send();
  });

  app.delete('/v1.0/groups/:groupId/members/:memberId/$ref', async (request, reply) => {
    const group = requireGroup(store, request);
    const { memberId } = request.params as { memberId: string };
    const user = store.users.find(memberId);
    if (!user || !store.groups.rolesOf(group.id, user.id).has('member')) {
      throw resourceNotFound(memberId);
    }
    ensureMayChangeMembership(store, behaviour, group, request.kringUser, user.id);
    store.groups.removeMember(group.id, user.id);
    return reply.code(204).send();
  });
}

function registerUserMemberships(app: FastifyInstance, store: GraphStore): void {
  for (const path of userPaths('/memberOf')) {
    app.get(path, async (request) => {
      const user = targetUser(store, request);
      const groups = listDirectory(
        store,
        request,
        GROUP_COLLECTION,
        { kind: 'memberOf', userId: user.id },
        'directoryObjects'
      );
      return withDirectoryRoles(groups, directoryRolesOf(user), {
        narrowed: queryOption(request, '$filter') !== undefined || queryOption(request, '$search') !== undefined,
        selected: parseGroupSelect(request)
      });
    });
  }
  for (const path of userPaths('/joinedTeams')) {
    app.get(path, async (request) => {
      allowQueryOptions(request, ['$select']);
      const user = targetUser(store, request);
      const groups = store.groups.joinedBy(user.id);
      return {
        '@odata.context': contextUrl(request, 'teams'),
        '@odata.count': groups.length,
        value: groups.map(teamJson)
      };
    });
  }
}

export function registerGroupRoutes(app: FastifyInstance, store: GraphStore, behaviour: GraphBehaviour): void {
  registerGroupReads(app, store);
  registerMembershipChanges(app, store, behaviour);
  registerUserMemberships(app, store);
}
