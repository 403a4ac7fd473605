import type { Person } from './Person';
import type { PersonProfile } from './PersonProfile';

/** The Graph `user` properties Kring selects for a Person. */
export const PERSON_SELECT = [
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'jobTitle',
  'department',
  'officeLocation'
] as const;

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

/** The constant `$select` of the full card: a Person plus contact and profile fields (single-user GET only). */
export const PROFILE_SELECT = [
  ...PERSON_SELECT,
  'businessPhones',
  'mobilePhone',
  'aboutMe',
  'skills',
  'interests',
  'responsibilities',
  'pastProjects',
  'schools'
] as const;

export interface GraphUserProfilePayload extends GraphUserPayload {
  businessPhones?: (string | null)[] | null;
  mobilePhone?: string | null;
  aboutMe?: string | null;
  skills?: (string | null)[] | null;
  interests?: (string | null)[] | null;
  responsibilities?: (string | null)[] | null;
  pastProjects?: (string | null)[] | null;
  schools?: (string | null)[] | null;
}

function textList(values: (string | null)[] | null | undefined): string[] {
  const list: string[] = [];
  for (const value of values ?? []) {
    const item = text(value);
    if (item !== undefined) {
      list.push(item);
    }
  }
  return list;
}

/** Maps a Graph user selected with PROFILE_SELECT; undefined when the payload lacks an id. */
export function toPersonProfile(payload: GraphUserProfilePayload | null | undefined): PersonProfile | undefined {
  const person = toPerson(payload);
  if (!person || !payload) {
    return undefined;
  }
  return {
    ...person,
    businessPhones: textList(payload.businessPhones),
    mobilePhone: text(payload.mobilePhone),
    aboutMe: typeof payload.aboutMe === 'string' ? payload.aboutMe.trim() : '',
    skills: textList(payload.skills),
    interests: textList(payload.interests),
    responsibilities: textList(payload.responsibilities),
    pastProjects: textList(payload.pastProjects),
    schools: textList(payload.schools)
  };
}
