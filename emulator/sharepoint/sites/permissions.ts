import type { SignedInUser } from '../../shared/http/requestState';
import type { MemberRole } from '../../shared/store/rows';
import type { Site } from './site';

/**
 * SharePoint's `SP.BasePermissions`: a 64-bit mask split in two 32-bit halves, sent as strings because OData v3 JSON
 * writes Edm.Int64 as a string (see the role definitions in the SharePoint REST docs).
 */
export interface BasePermissions {
  High: string;
  Low: string;
}

/** The masks of SharePoint's built-in permission levels. */
export const PERMISSION_LEVELS = {
  read: { High: '176', Low: '138612833' },
  edit: { High: '432', Low: '1011030767' },
  fullControl: { High: '2147483647', Low: '4294967295' }
} as const satisfies Record<string, BasePermissions>;

/**
 * What the signed-in user may do on a site, or undefined for no access. The intranet gives every signed-in user
 * Edit. A team site gives its group's owners Full Control and its members Edit; a public group's site also gives
 * everyone in the organisation Edit (SharePoint adds "Everyone except external users" to its members), so only
 * guests who are not members are kept out; a private group's site admits its members only.
 */
export function permissionsOn(
  site: Site,
  user: SignedInUser,
  roles: ReadonlySet<MemberRole>
): BasePermissions | undefined {
  if (!site.group) {
    return PERMISSION_LEVELS.edit;
  }
  if (roles.has('owner')) {
    return PERMISSION_LEVELS.fullControl;
  }
  if (roles.has('member') || (site.group.visibility === 'Public' && user.userType === 'Member')) {
    return PERMISSION_LEVELS.edit;
  }
  return undefined;
}
