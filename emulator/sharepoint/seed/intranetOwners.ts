import type { SignedInUser } from '../../shared/http/requestState';

/**
 * The intranet's Owners group: ICT's functional administrator and the policy team lead, who keep Kring's registry.
 * Everyone else in the organisation is a visitor ("Everyone except external users" in the Visitors group).
 */
const INTRANET_OWNER_UPNS: ReadonlySet<string> = new Set([
  'mehmet.yilmaz@hogeschool.example',
  'ingrid.mulder@hogeschool.example'
]);

export function isIntranetOwner(user: Pick<SignedInUser, 'userPrincipalName'>): boolean {
  return INTRANET_OWNER_UPNS.has(user.userPrincipalName.toLowerCase());
}

/**
 * Lists of the intranet with permissions of their own (inheritance broken): "Everyone except external users" may
 * Contribute, because every member of staff files join and leave requests there and group owners decide them.
 */
export const LISTS_EVERYONE_CONTRIBUTES_TO: ReadonlySet<string> = new Set(['kring membership requests']);
