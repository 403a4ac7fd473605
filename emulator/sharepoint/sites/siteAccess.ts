import type { SignedInUser } from '../../shared/http/requestState';
import { accessDenied, SharePointError } from '../http/spError';
import type { SharePointStore } from '../store/sharePointStore';
import { permissionsOn, type BasePermissions } from './permissions';
import { INTRANET_SITE, INTRANET_SITE_NAME, teamSite, type Site } from './site';

const siteNotFound = (): SharePointError =>
  new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

/** The site `/sites/<name>` names, or 404. */
export function siteNamed(store: SharePointStore, name: string): Site {
  if (name.toLowerCase() === INTRANET_SITE_NAME) {
    return INTRANET_SITE;
  }
  const group = store.teamSites.groupWithNickname(name);
  if (!group) {
    throw siteNotFound();
  }
  return teamSite(group);
}

/** What `user` may do on `site`, or undefined for no access. */
export function userPermissionsOn(store: SharePointStore, site: Site, user: SignedInUser): BasePermissions | undefined {
  const roles = site.group ? store.teamSites.rolesOf(site.group.id, user.id) : new Set<never>();
  return permissionsOn(site, user, roles);
}

/** The site `/sites/<name>` names, and what the signed-in user may do there: 404 for no such site, 403 for no access. */
export function openSite(
  store: SharePointStore,
  name: string,
  user: SignedInUser | undefined
): { site: Site; permissions: BasePermissions } {
  const site = siteNamed(store, name);
  const permissions = user ? userPermissionsOn(store, site, user) : undefined;
  if (!permissions) {
    throw accessDenied();
  }
  return { site, permissions };
}
