import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, GraphError, resourceNotFound } from '../../shared/http/errors';
import type { UserRow } from '../../shared/store/rows';
import { contextUrl, parseSelect, project, queryOption } from '../odata/queryOptions';
import { newEtag } from '../seed/ids';
import type { DirectoryScope } from '../store/directoryStore';
import type { FilterField } from '../store/filterSql';
import type { GraphStore } from '../store/graphStore';
import { DEFAULT_USER_PROPERTIES, fullUser, isProfileProperty, USER_PROPERTIES } from '../views/userView';
import { listDirectory, type DirectoryCollection } from './listing';
import { allowQueryOptions, checkIfMatch, jsonObjectBody, sendEntity, targetUser, userPaths } from './routeHelpers';
import { userUpdates } from './userUpdates';

const stringField = (
  column: string,
  operators: FilterField['operators'] = ['eq', 'ne', 'in', 'startswith', 'endswith']
): FilterField => ({ column, type: 'string', operators });

const USER_FILTER_FIELDS: Readonly<Record<string, FilterField>> = {
  id: stringField('id', ['eq', 'ne', 'in']),
  displayname: stringField('displayName', ['eq', 'ne', 'in', 'startswith', 'endswith', 'range']),
  givenname: stringField('givenName'),
  surname: stringField('surname'),
  mail: stringField('mail'),
  userprincipalname: stringField('userPrincipalName'),
  jobtitle: stringField('jobTitle'),
  department: stringField('department'),
  officelocation: stringField('officeLocation'),
  usertype: stringField('userType', ['eq', 'ne', 'in']),
  preferredlanguage: stringField('preferredLanguage', ['eq', 'ne']),
  accountenabled: { column: 'accountEnabled', type: 'boolean', operators: ['eq', 'ne'] }
};

const USER_SEARCH_COLUMNS: Readonly<Record<string, string>> = {
  displayname: 'displayName',
  givenname: 'givenName',
  surname: 'surname',
  mail: 'mail',
  userprincipalname: 'userPrincipalName',
  jobtitle: 'jobTitle',
  department: 'department',
  officelocation: 'officeLocation'
};

const ORDER_COLUMNS: Readonly<Record<string, string>> = {
  displayname: 'displayName',
  userprincipalname: 'userPrincipalName'
};

function selectForList(request: FastifyRequest): string[] | undefined {
  const selected = parseSelect(queryOption(request, '$select'), 'user', USER_PROPERTIES);
  const profile = selected?.filter(isProfileProperty) ?? [];
  if (profile.length > 0) {
    throw new GraphError(
      501,
      'NotImplemented',
      `This operation target is not yet supported. The property '${profile[0]}' can only be read on a single user.`
    );
  }
  return selected;
}

export function listedUser(row: UserRow, selected: readonly string[] | undefined): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.user', ...project(fullUser(row), selected, DEFAULT_USER_PROPERTIES) };
}

export const USER_COLLECTION: DirectoryCollection<UserRow> = {
  table: 'users',
  entity: 'User',
  filterFields: USER_FILTER_FIELDS,
  searchColumns: USER_SEARCH_COLUMNS,
  orderColumns: ORDER_COLUMNS,
  parseSelection: selectForList,
  toJson: listedUser
};

/** A user listing over a scope (all users, direct reports, group members). */
export function listUsers(
  store: GraphStore,
  request: FastifyRequest,
  scope: DirectoryScope,
  context: string
): Record<string, unknown> {
  return listDirectory(store, request, USER_COLLECTION, scope, context);
}

function registerUserReads(app: FastifyInstance, store: GraphStore): void {
  for (const path of userPaths('')) {
    app.get(path, async (request, reply) => {
      allowQueryOptions(request, ['$select']);
      const user = targetUser(store, request);
      const selected = parseSelect(queryOption(request, '$select'), 'user', USER_PROPERTIES);
      const fragment = selected ? `users(${selected.join(',')})/$entity` : 'users/$entity';
      return sendEntity(
        reply,
        {
          '@odata.context': contextUrl(request, fragment),
          ...project(fullUser(user), selected, DEFAULT_USER_PROPERTIES)
        },
        user.etag
      );
    });
  }
  app.get('/v1.0/users', async (request) => listUsers(store, request, { kind: 'all' }, 'users'));
}

function registerUserUpdate(app: FastifyInstance, store: GraphStore): void {
  const patchUser = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const user = targetUser(store, request);
    if (user.id !== request.kringUser.id) {
      throw forbidden();
    }
    const updates = userUpdates(jsonObjectBody(request));
    checkIfMatch(request, user.etag);
    const etag = newEtag(user.id, Date.now(), Math.random());
    store.users.update(user.id, updates, etag);
    return reply.code(204).header('ETag', etag).send();
  };
  for (const path of userPaths('')) {
    app.patch(path, patchUser);
  }
}

function registerOrganisationRoutes(app: FastifyInstance, store: GraphStore): void {
  for (const path of userPaths('/manager')) {
    app.get(path, async (request, reply) => {
      allowQueryOptions(request, ['$select']);
      const user = targetUser(store, request);
      const selected = parseSelect(queryOption(request, '$select'), 'user', USER_PROPERTIES);
      const manager = user.managerId ? store.users.find(user.managerId) : undefined;
      if (!manager) {
        throw resourceNotFound('manager');
      }
      return sendEntity(
        reply,
        { '@odata.context': contextUrl(request, 'directoryObjects/$entity'), ...listedUser(manager, selected) },
        manager.etag
      );
    });
  }
  for (const path of userPaths('/directReports')) {
    app.get(path, async (request) => {
      const user = targetUser(store, request);
      return listUsers(store, request, { kind: 'directReports', managerId: user.id }, 'directoryObjects');
    });
  }
}

export function registerUserRoutes(app: FastifyInstance, store: GraphStore): void {
  registerUserReads(app, store);
  registerUserUpdate(app, store);
  registerOrganisationRoutes(app, store);
}
