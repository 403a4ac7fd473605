import type { UserRow } from '../../shared/store/rows';
import { parseJsonArray } from '../../shared/store/rows';

/** What Graph returns for a user without `$select`. */
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id'
] as const;

/** Profile properties Graph serves only on `$select` of a single user (SharePoint-backed, not in the directory). */
export const PROFILE_PROPERTIES = [
  'aboutMe',
  'skills',
  'interests',
  'responsibilities',
  'pastProjects',
  'schools'
] as const;

export const USER_PROPERTIES: ReadonlySet<string> = new Set<string>([
  ...DEFAULT_USER_PROPERTIES,
  ...PROFILE_PROPERTIES,
  'accountEnabled',
  'userType',
  'department',
  'companyName',
  'createdDateTime',
  'employeeId',
  'city',
  'country',
  'usageLocation',
  'mailNickname',
  'proxyAddresses',
  'onPremisesSyncEnabled',
  'otherMails',
  'showInAddressList'
]);

export function isProfileProperty(name: string): boolean {
  return (PROFILE_PROPERTIES as readonly string[]).includes(name);
}

/** Every property the emulator knows for a user, as Graph names and types them. */
export function fullUser(row: UserRow): Record<string, unknown> {
  const mailNickname = row.userPrincipalName.split('@')[0];
  return {
    id: row.id,
    userPrincipalName: row.userPrincipalName,
    displayName: row.displayName,
    givenName: row.givenName,
    surname: row.surname,
    mail: row.mail,
    mailNickname,
    jobTitle: row.jobTitle,
    department: row.department,
    officeLocation: row.officeLocation,
    businessPhones: parseJsonArray<string>(row.businessPhones),
    mobilePhone: row.mobilePhone,
    accountEnabled: row.accountEnabled === 1,
    userType: row.userType,
    preferredLanguage: row.preferredLanguage,
    companyName: row.userType === 'Member' ? 'Hogeschool Kring' : null,
    createdDateTime: null,
    employeeId: null,
    city: row.department ? 'Amsterdam' : null,
    country: row.department ? 'Nederland' : null,
    usageLocation: 'NL',
    proxyAddresses: row.mail ? [`SMTP:${row.mail}`] : [],
    otherMails: [],
    onPremisesSyncEnabled: null,
    showInAddressList: null,
    aboutMe: row.aboutMe,
    skills: parseJsonArray<string>(row.skills),
    interests: parseJsonArray<string>(row.interests),
    responsibilities: parseJsonArray<string>(row.responsibilities),
    pastProjects: parseJsonArray<string>(row.pastProjects),
    schools: parseJsonArray<string>(row.schools)
  };
}
