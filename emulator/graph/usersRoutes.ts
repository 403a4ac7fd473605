import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, forbidden, GraphError, resourceNotFound } from '../http/errors';
import { contextUrl, parseSelect, project, queryOption } from '../http/odata';
import type { FilterField } from '../http/odataFilter';
import { newEtag } from '../seed/ids';
import type { UserRow } from '../store/rows';
import { listDirectory, type BaseCondition, type DirectoryCollection } from './listing';
import { allowQueryOptions, checkIfMatch, jsonObjectBody, sendEntity, targetUser, userPaths } from './routeHelpers';
import type { GraphStore } from './store';
import { DEFAULT_USER_PROPERTIES, fullUser, isProfileProperty, PROFILE_PROPERTIES, USER_PROPERTIES } from './userView';

const stringField = (column: string, operators: FilterField['operators'] = ['eq', 'ne', 'in', 'startswith', 'endswith']): FilterField => ({ column, type: 'string', operators });

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

const ORDER_COLUMNS: Readonly<Record<string, string>> = { displayname: 'displayName', userprincipalname: 'userPrincipalName' };

function selectForList(request: FastifyRequest): string[] | undefined {
  const selected = parseSelect(queryOption(request, '$select'), 'user', USER_PROPERTIES);
  const profile = selected?.filter(isProfileProperty) ?? [];
  if (profile.length > 0) {
    throw new GraphError(501, 'NotImplemented', `This operation target is not yet supported. The property '${profile[0]}' can only be read on a single user.`);
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

/** A user listing on top of a base condition (all users, direct reports, group members). */
export function listUsers(store: GraphStore, request: FastifyRequest, base: BaseCondition, context: string): Record<string, unknown> {
  return listDirectory(store, request, USER_COLLECTION, base, context);
}

const BASIC_EDITABLE = new Set(['businessPhones', 'mobilePhone', 'officeLocation', 'preferredLanguage']);

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= 200 && value.every((item) => typeof item === 'string' && item.length <= 1000);
}

/** Validates a `PATCH /me` body into column updates; profile properties must come in a request of their own. */
function userUpdates(body: Record<string, unknown>): Record<string, string | null> {
  const names = Object.keys(body);
  if (names.length === 0) {
    throw badRequest('The request body must name at least one property to update.');
  }
  const profile = names.filter(isProfileProperty);
  if (profile.length > 0 && profile.length !== names.length) {
    throw badRequest(
      `The properties ${PROFILE_PROPERTIES.join(', ')} must be updated in a request of their own, without other user properties.`,
      'Request_BadRequest'
    );
  }
  const updates: Record<string, string | null> = {};
  for (const name of names) {
    const value = body[name];
    if (!USER_PROPERTIES.has(name)) {
      throw badRequest(`Property '${name}' does not exist on type 'microsoft.graph.user'.`, 'Request_BadRequest');
    }
    if (!isProfileProperty(name) && !BASIC_EDITABLE.has(name)) {
      throw forbidden();
    }
    if (name === 'aboutMe' || name === 'mobilePhone' || name === 'officeLocation' || name === 'preferredLanguage') {
      if (value !== null && (typeof value !== 'string' || value.length > 10_000)) {
        throw badRequest(`Invalid value for property '${name}': a string is expected.`, 'Request_BadRequest');
      }
      updates[name] = value;
    } else {
      if (!isStringArray(value)) {
        throw badRequest(`Invalid value for property '${name}': a collection of strings is expected.`, 'Request_BadRequest');
      }
      updates[name] = JSON.stringify(value);
    }
  }
  return updates;
}

export function registerUserRoutes(app: FastifyInstance, store: GraphStore): void {
  for (const path of userPaths('')) {
    app.get(path, async (request, reply) => {
      allowQueryOptions(request, ['$select']);
      const user = targetUser(store, request);
      const selected = parseSelect(queryOption(request, '$select'), 'user', USER_PROPERTIES);
      const fragment = selected ? `users(${selected.join(',')})/$entity` : 'users/$entity';
      return sendEntity(reply, { '@odata.context': contextUrl(request, fragment), ...project(fullUser(user), selected, DEFAULT_USER_PROPERTIES) }, user.etag);
    });
  }

  app.get('/v1.0/users', async (request) => listUsers(store, request, { where: [], params: [] }, 'users'));

  const patchUser = async (request: FastifyRequest, reply: FastifyReply) => {
    const user = targetUser(store, request);
    if (user.id !== request.kringUser.id) {
      throw forbidden();
    }
    const updates = userUpdates(jsonObjectBody(request));
    checkIfMatch(request, user.etag);
    const etag = newEtag(user.id, Date.now(), Math.random());
    const columns = Object.keys(updates);
    store.db
      .prepare(`UPDATE users SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, etag = @etag WHERE id = @id`)
      .run({ ...updates, etag, id: user.id });
    return reply.code(204).header('ETag', etag).send();
  };
  for (const path of userPaths('')) {
    app.patch(path, patchUser);
  }

  for (const path of userPaths('/manager')) {
    app.get(path, async (request, reply) => {
      allowQueryOptions(request, ['$select']);
      const user = targetUser(store, request);
      const selected = parseSelect(queryOption(request, '$select'), 'user', USER_PROPERTIES);
      const manager = user.managerId ? store.findUser(user.managerId) : undefined;
      if (!manager) {
        throw resourceNotFound('manager');
      }
      return sendEntity(reply, { '@odata.context': contextUrl(request, 'directoryObjects/$entity'), ...listedUser(manager, selected) }, manager.etag);
    });
  }

  for (const path of userPaths('/directReports')) {
    app.get(path, async (request) => {
      const user = targetUser(store, request);
      return listUsers(store, request, { where: ['managerId = ?'], params: [user.id] }, 'directoryObjects');
    });
  }
}
