/** A colleague: an Entra ID user as Kring shows them everywhere (avatars, hover cards, search results). */
export interface Person {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail?: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
}
