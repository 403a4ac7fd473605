import type { UserRow } from '../../shared/store/rows';
import { stableGuid } from './ids';
import { DOMAIN } from './organisation';

/** An activated Microsoft Entra role of the tenant (`directoryRole`), as `memberOf` lists it. */
export interface DirectoryRole {
  id: string;
  roleTemplateId: string;
  displayName: string;
  description: string;
}

/** Template ids from "Microsoft Entra built-in roles". */
const GROUPS_ADMINISTRATOR_TEMPLATE = 'fdd7a751-b60b-444a-984c-02652fe8fa1c';
const DIRECTORY_WRITERS_TEMPLATE = '9360feb5-f418-4baa-8175-e2a00bac4301';
const USER_ADMINISTRATOR_TEMPLATE = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
const GLOBAL_ADMINISTRATOR_TEMPLATE = '62e90394-69f5-4237-9190-012177145e10';

export const GROUPS_ADMINISTRATOR: DirectoryRole = {
  id: stableGuid('directoryRole', GROUPS_ADMINISTRATOR_TEMPLATE),
  roleTemplateId: GROUPS_ADMINISTRATOR_TEMPLATE,
  displayName: 'Groups Administrator',
  description:
    'Members of this role can create/manage groups, create/manage groups settings like naming and expiration policies, and view groups activity and audit reports.'
};

/**
 * Roles that may add and remove members of any Microsoft 365 group as a delegated caller ("Add members" lists
 * Directory Writers, Groups Administrator, User Administrator and others; Global Administrator holds every right).
 */
const ROLES_CHANGING_GROUP_MEMBERS: ReadonlySet<string> = new Set([
  GROUPS_ADMINISTRATOR_TEMPLATE,
  DIRECTORY_WRITERS_TEMPLATE,
  USER_ADMINISTRATOR_TEMPLATE,
  GLOBAL_ADMINISTRATOR_TEMPLATE
]);

/** The seeded role assignments, by userPrincipalName: ICT's functional administrator manages the groups. */
const ROLE_ASSIGNMENTS: Readonly<Record<string, readonly DirectoryRole[]>> = {
  [`mehmet.yilmaz@${DOMAIN}`]: [GROUPS_ADMINISTRATOR]
};

export function directoryRolesOf(user: Pick<UserRow, 'userPrincipalName'>): readonly DirectoryRole[] {
  return ROLE_ASSIGNMENTS[user.userPrincipalName.toLowerCase()] ?? [];
}

export function mayChangeAnyGroupsMembers(user: Pick<UserRow, 'userPrincipalName'>): boolean {
  return directoryRolesOf(user).some((role) => ROLES_CHANGING_GROUP_MEMBERS.has(role.roleTemplateId));
}
