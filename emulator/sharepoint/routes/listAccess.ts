import { accessDenied } from '../http/spError';
import type { SpRequest } from '../http/spRoute';
import { hasPermission, PERMISSION_KIND, permissionsOnList, type BasePermissions } from '../sites/permissions';
import type { ListRecord } from '../store/listStore';

/** The signed-in user's effective permissions on one list of the request's site. */
export function listPermissions(request: SpRequest, list: ListRecord): BasePermissions {
  return request.user
    ? permissionsOnList(request.site, list.schema.title, request.user, request.permissions)
    : request.permissions;
}

/** SharePoint's 403 unless the user holds `kind` on the list. */
export function requireOnList(request: SpRequest, list: ListRecord, kind: number): void {
  if (!hasPermission(listPermissions(request, list), kind)) {
    throw accessDenied();
  }
}

/** The right an item request needs: to view, add, edit or delete items. */
export function itemRightFor(method: string): number {
  switch (method) {
    case 'POST':
      return PERMISSION_KIND.addListItems;
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return PERMISSION_KIND.editListItems;
    case 'DELETE':
      return PERMISSION_KIND.deleteListItems;
    default:
      return PERMISSION_KIND.viewListItems;
  }
}
