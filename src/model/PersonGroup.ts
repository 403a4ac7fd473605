/** A Microsoft 365 group someone belongs to, as listed on their card. */
export interface PersonGroup {
  id: string;
  displayName: string;
  visibility: 'Public' | 'Private' | 'Unknown';
}

export interface GraphDirectoryObjectPayload {
  '@odata.type'?: string;
  id?: string | null;
  displayName?: string | null;
  visibility?: string | null;
  groupTypes?: readonly string[] | null;
}

/**
 * Keeps the Microsoft 365 groups of a `memberOf` answer: it also lists directory roles, administrative units,
 * security groups and distribution lists, none of which can be an interest group.
 */
export function toPersonGroups(values: readonly GraphDirectoryObjectPayload[] | null | undefined): PersonGroup[] {
  const groups: PersonGroup[] = [];
  for (const value of values ?? []) {
    const isGroup = value['@odata.type'] === undefined || value['@odata.type'] === '#microsoft.graph.group';
    const isMicrosoft365Group = !Array.isArray(value.groupTypes) || value.groupTypes.includes('Unified');
    if (
      !isGroup ||
      !isMicrosoft365Group ||
      typeof value.id !== 'string' ||
      typeof value.displayName !== 'string' ||
      value.displayName.trim() === ''
    ) {
      continue;
    }
    const visibility = value.visibility === 'Public' || value.visibility === 'Private' ? value.visibility : 'Unknown';
    groups.push({ id: value.id, displayName: value.displayName.trim(), visibility });
  }
  return groups.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
