import type { DirectoryRole } from '../seed/directoryRoles';

const ROLE_PROPERTIES = ['id', 'deletedDateTime', 'description', 'displayName', 'roleTemplateId'] as const;

/** A `directoryRole` in a `memberOf` answer: only the selected properties that a role has, and its type. */
export function directoryRoleJson(
  role: DirectoryRole,
  selected: readonly string[] | undefined
): Record<string, unknown> {
  const full: Record<string, unknown> = { ...role, deletedDateTime: null };
  const names = selected ?? ROLE_PROPERTIES;
  const shown: Record<string, unknown> = { '@odata.type': '#microsoft.graph.directoryRole', id: role.id };
  for (const name of names) {
    const property = ROLE_PROPERTIES.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (property) {
      shown[property] = full[property];
    }
  }
  return shown;
}

/**
 * Adds someone's directory roles to a page of their `memberOf` groups: on the last page, and only when no `$filter`
 * or `$search` narrowed the listing (those are group queries here).
 */
export function withDirectoryRoles(
  page: Record<string, unknown>,
  roles: readonly DirectoryRole[],
  options: { narrowed: boolean; selected: readonly string[] | undefined }
): Record<string, unknown> {
  if (roles.length === 0 || options.narrowed) {
    return page;
  }
  const count = page['@odata.count'];
  const counted = typeof count === 'number' ? { '@odata.count': count + roles.length } : {};
  if (page['@odata.nextLink'] !== undefined) {
    return { ...page, ...counted };
  }
  const value = [...(page.value as unknown[]), ...roles.map((role) => directoryRoleJson(role, options.selected))];
  return { ...page, ...counted, value };
}
