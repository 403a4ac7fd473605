import type { SignedInUser } from '../../shared/http/requestState';
import { SharePointError } from '../http/spError';
import type { SharePointStore } from '../store/sharePointStore';
import { permissionsOn, type BasePermissions } from './permissions';
import { INTRANET_SITE, INTRANET_SITE_NAME, teamSite, type Site } from './site';

const siteNotFound = (): SharePointError =>
  new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

const accessDenied = (): SharePointError =>
  new SharePointError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.'
  );

/** The site `/sites/<name>` names, and what the signed-in user may do there: 404 for no such site, 403 for no access. */
export function openSite(
  store: SharePointStore,
  name: string,
  user: SignedInUser | undefined
): { site: Site; permissions: BasePermissions } {
  const group = name.toLowerCase() === INTRANET_SITE_NAME ? undefined : store.teamSites.groupWithNickname(name);
  if (name.toLowerCase() !== INTRANET_SITE_NAME && !group) {
    throw siteNotFound();
  }
  const site = group ? teamSite(group) : INTRANET_SITE;
  const roles = group && user ? store.teamSites.rolesOf(group.id, user.id) : new Set<never>();
  const permissions = user ? permissionsOn(site, user, roles) : undefined;
  if (!permissions) {
    throw accessDenied();
  }
  return { site, permissions };
}
