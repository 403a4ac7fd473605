import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import { LIST, resolveList } from './listResolver';

/**
 * `GET …/effectiveBasePermissions` on the web or a list (lists inherit the site's permissions here), which PnPjs's
 * `currentUserHasPermissions` reads: `{ High, Low }` as strings, verbose under `d.EffectiveBasePermissions`.
 */
function effectiveBasePermissions(request: SpRequest, owner: string): SpResponse {
  const { High, Low } = request.permissions;
  if (request.format === 'verbose') {
    return {
      status: 200,
      body: { d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High, Low } } }
    };
  }
  if (request.format === 'minimalmetadata') {
    return {
      status: 200,
      body: {
        'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ApiData.${owner}/@Element/EffectiveBasePermissions`,
        'odata.type': 'SP.BasePermissions',
        High,
        Low
      }
    };
  }
  return { status: 200, body: { High, Low } };
}

export const PERMISSION_ROUTES: readonly SpRoute[] = [
  {
    pattern: /^web\/effectivebasepermissions$/i,
    methods: ['GET'],
    handle: (request) => effectiveBasePermissions(request, 'Webs')
  },
  {
    pattern: new RegExp(`^${LIST}/effectivebasepermissions$`, 'i'),
    methods: ['GET'],
    handle: (request, match) => {
      resolveList(request, match);
      return effectiveBasePermissions(request, 'Lists');
    }
  }
];
