import { accessDenied, SharePointError, SP_ERROR_CODES } from '../http/spError';
import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import {
  hasPermission,
  includesAll,
  PERMISSION_KIND,
  permissionsOnList,
  type BasePermissions
} from '../sites/permissions';
import { userPermissionsOn } from '../sites/siteAccess';
import { listPermissions } from './listAccess';
import { LIST, resolveList } from './listResolver';

const NO_PERMISSIONS: BasePermissions = { High: '0', Low: '0' };
const CLAIMS_LOGIN = /^i:0#\.f\|membership\|(.+)$/i;

/** `SP.BasePermissions` as a property or function result: `{ High, Low }` as strings (Edm.Int64 in OData v3 JSON). */
function permissionsBody(request: SpRequest, name: string, owner: string, permissions: BasePermissions): SpResponse {
  const { High, Low } = permissions;
  if (request.format === 'verbose') {
    return { status: 200, body: { d: { [name]: { __metadata: { type: 'SP.BasePermissions' }, High, Low } } } };
  }
  if (request.format === 'minimalmetadata') {
    return {
      status: 200,
      body: {
        'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ApiData.${owner}/@Element/${name}`,
        'odata.type': 'SP.BasePermissions',
        High,
        Low
      }
    };
  }
  return { status: 200, body: { High, Low } };
}

/** A function parameter given inline or as an `@alias` in the query: `doesuserhavepermissions(@v)?@v=…`. */
function parameter(request: SpRequest, raw: string): string {
  const value = raw.startsWith('@') ? (request.query[raw] ?? '') : raw;
  return value.trim();
}

function parseRequiredPermissions(request: SpRequest, raw: string): BasePermissions {
  const value = parameter(request, raw);
  const high = /'?High'?\s*:\s*'?(\d{1,10})'?/i.exec(value);
  const low = /'?Low'?\s*:\s*'?(\d{1,10})'?/i.exec(value);
  if (!high || !low) {
    throw new SharePointError(
      400,
      SP_ERROR_CODES.invalidClientQuery,
      'The permission mask is not valid: expected {High, Low}.'
    );
  }
  return { High: high[1], Low: low[1] };
}

/** The permissions of the user a claims login name names; caller needs EnumeratePermissions, as SharePoint asks. */
function permissionsOfLogin(request: SpRequest, raw: string, listTitle: string | undefined): BasePermissions {
  if (!hasPermission(request.permissions, PERMISSION_KIND.enumeratePermissions)) {
    throw accessDenied();
  }
  const login = parameter(request, raw).replace(/^'(.*)'$/, '$1');
  const upn = CLAIMS_LOGIN.exec(login)?.[1] ?? login;
  const user = request.store.teamSites.userWithUpn(upn);
  if (!user) {
    throw new SharePointError(404, SP_ERROR_CODES.argument, 'User cannot be found.');
  }
  const onSite = userPermissionsOn(request.store, request.site, user) ?? NO_PERMISSIONS;
  return listTitle === undefined ? onSite : permissionsOnList(request.site, listTitle, user, onSite);
}

function doesUserHave(request: SpRequest, held: BasePermissions, raw: string): SpResponse {
  const answer = includesAll(held, parseRequiredPermissions(request, raw));
  return {
    status: 200,
    body: request.format === 'verbose' ? { d: { DoesUserHavePermissions: answer } } : { value: answer }
  };
}

const ARGUMENT = String.raw`\(([^)]*)\)`;

/** The web's and a list's effective permissions, `doesUserHavePermissions` and `getUserEffectivePermissions`. */
export const PERMISSION_ROUTES: readonly SpRoute[] = [
  {
    pattern: /^web\/effectivebasepermissions$/i,
    methods: ['GET'],
    handle: (request) => permissionsBody(request, 'EffectiveBasePermissions', 'Webs', request.permissions)
  },
  {
    pattern: new RegExp(`^${LIST}/effectivebasepermissions$`, 'i'),
    methods: ['GET'],
    handle: (request, match) =>
      permissionsBody(
        request,
        'EffectiveBasePermissions',
        'Lists',
        listPermissions(request, resolveList(request, match))
      )
  },
  {
    pattern: new RegExp(`^web/doesuserhavepermissions${ARGUMENT}$`, 'i'),
    methods: ['GET', 'POST'],
    handle: (request, match) => doesUserHave(request, request.permissions, match[1])
  },
  {
    pattern: new RegExp(`^${LIST}/doesuserhavepermissions${ARGUMENT}$`, 'i'),
    methods: ['GET', 'POST'],
    handle: (request, match) => doesUserHave(request, listPermissions(request, resolveList(request, match)), match[3])
  },
  {
    pattern: new RegExp(`^web/getusereffectivepermissions${ARGUMENT}$`, 'i'),
    methods: ['GET', 'POST'],
    handle: (request, match) =>
      permissionsBody(request, 'GetUserEffectivePermissions', 'Webs', permissionsOfLogin(request, match[1], undefined))
  },
  {
    pattern: new RegExp(`^${LIST}/getusereffectivepermissions${ARGUMENT}$`, 'i'),
    methods: ['GET', 'POST'],
    handle: (request, match) => {
      const list = resolveList(request, match);
      const permissions = permissionsOfLogin(request, match[3], list.schema.title);
      return permissionsBody(request, 'GetUserEffectivePermissions', 'Lists', permissions);
    }
  }
];
