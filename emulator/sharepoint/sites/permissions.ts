import type { SignedInUser } from '../../shared/http/requestState';
import type { MemberRole } from '../../shared/store/rows';
import { isIntranetOwner, LISTS_EVERYONE_CONTRIBUTES_TO } from '../seed/intranetOwners';
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
  contribute: { High: '432', Low: '1011028719' },
  edit: { High: '432', Low: '1011030767' },
  fullControl: { High: '2147483647', Low: '4294967295' }
} as const satisfies Record<string, BasePermissions>;

/** SharePoint's `SP.PermissionKind` values the emulator checks. */
export const PERMISSION_KIND = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  enumeratePermissions: 63
} as const;

/** Whether `permissions` hold the right `kind` (bit `kind - 1` of the 64-bit mask). */
export function hasPermission(permissions: BasePermissions, kind: number): boolean {
  const bit = kind - 1;
  const half = Number(bit < 32 ? permissions.Low : permissions.High);
  return ((half >>> (bit % 32)) & 1) === 1;
}

function halfIncludes(held: string, required: string): boolean {
  return (Number(held) & Number(required)) >>> 0 === Number(required) >>> 0;
}

/** Whether `permissions` hold every right of `required` (`DoesUserHavePermissions`). */
export function includesAll(permissions: BasePermissions, required: BasePermissions): boolean {
  return halfIncludes(permissions.Low, required.Low) && halfIncludes(permissions.High, required.High);
}

/**
 * What a user may do on a site, or undefined for no access. The intranet gives its owners Full Control and everyone
 * in the organisation Read (guests none). A team site gives its group's owners Full Control and its members Edit; a
 * public group's site also gives everyone in the organisation Edit (SharePoint adds "Everyone except external
 * users" to its members), so only guests who are not members are kept out; a private group's site admits its
 * members only.
 */
export function permissionsOn(
  site: Site,
  user: SignedInUser,
  roles: ReadonlySet<MemberRole>
): BasePermissions | undefined {
  if (!site.group) {
    if (isIntranetOwner(user)) {
      return PERMISSION_LEVELS.fullControl;
    }
    return user.userType === 'Member' ? PERMISSION_LEVELS.read : undefined;
  }
  if (roles.has('owner')) {
    return PERMISSION_LEVELS.fullControl;
  }
  if (roles.has('member') || (site.group.visibility === 'Public' && user.userType === 'Member')) {
    return PERMISSION_LEVELS.edit;
  }
  return undefined;
}

/** A list's permissions: the site's, except on the intranet's lists that give everyone Contribute. */
export function permissionsOnList(
  site: Site,
  listTitle: string,
  user: SignedInUser,
  sitePermissions: BasePermissions
): BasePermissions {
  const contributes =
    !site.group && user.userType === 'Member' && LISTS_EVERYONE_CONTRIBUTES_TO.has(listTitle.toLowerCase());
  return contributes && !includesAll(sitePermissions, PERMISSION_LEVELS.contribute)
    ? PERMISSION_LEVELS.contribute
    : sitePermissions;
}
