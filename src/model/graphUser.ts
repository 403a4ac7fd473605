import type { Person } from './Person';

/** The Graph `user` properties Kring selects for a Person. */
export const PERSON_SELECT = ['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle', 'department', 'officeLocation'] as const;

/** The shape of a Graph user as returned with PERSON_SELECT; every field may be absent or null. */
export interface GraphUserPayload {
  id?: string | null;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  officeLocation?: string | null;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Maps a Graph user to a Person; returns undefined when the payload lacks an id (malformed data). */
export function toPerson(payload: GraphUserPayload | null | undefined): Person | undefined {
  const id = text(payload?.id);
  if (!payload || !id) {
    return undefined;
  }
  const userPrincipalName = text(payload.userPrincipalName) ?? '';
  return {
    id,
    displayName: text(payload.displayName) ?? userPrincipalName ?? id,
    userPrincipalName,
    mail: text(payload.mail),
    jobTitle: text(payload.jobTitle),
    department: text(payload.department),
    officeLocation: text(payload.officeLocation)
  };
}
