/** Which card part needs which delegated Microsoft Graph permission: what a 403 asks the admin to approve. */
export type CardPartName = 'profile' | 'photo' | 'presence' | 'manager' | 'reports' | 'groups' | 'save' | 'search';

export const REQUIRED_PERMISSION: Readonly<Record<CardPartName, string>> = {
  profile: 'User.Read.All',
  photo: 'User.Read.All',
  manager: 'User.Read.All',
  reports: 'User.Read.All',
  search: 'User.Read.All',
  presence: 'Presence.Read.All',
  groups: 'GroupMember.Read.All',
  save: 'User.ReadWrite'
};
