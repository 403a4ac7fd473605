import type { Person } from './Person';

/** The profile fields Graph keeps on `user`, as people fill them in on their own card. */
export interface ProfileFields {
  aboutMe: string;
  skills: string[];
  interests: string[];
  /** "Ask me about". */
  responsibilities: string[];
}

/** Everything Kring shows about one colleague on the full card, apart from sections loaded separately. */
export interface PersonProfile extends Person, ProfileFields {
  businessPhones: string[];
  mobilePhone?: string;
  pastProjects: string[];
  schools: string[];
}

/** The profile fields a person may change on their own card (`PATCH /me`). */
export type ProfileUpdate = Partial<ProfileFields>;
