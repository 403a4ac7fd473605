import type { Person } from '../../model/Person';
import type { ProfileUpdate } from '../../model/PersonProfile';
import type { Presence } from '../../model/Presence';
import type { ProfileCard } from './ProfileCard';

/** Who to show: `me`, an Entra object id or a user principal name. */
export type PersonRef = string;

/** People: Entra ID users and their profiles. */
export interface PeopleService {
  /** The signed-in user. */
  getMe(): Promise<Person>;
  /**
   * The full card: one Graph `$batch` when cold, nothing when warm. Throws a ServiceError (`notFound` for an
   * unknown person) only when the person themself cannot be read; other parts fail per section.
   */
  getProfileCard(ref: PersonRef): Promise<ProfileCard>;
  /** A `data:` URL of someone's photo, or undefined when they have none. Calls close together share a `$batch`. */
  getPhoto(userId: string): Promise<string | undefined>;
  /** Someone's presence. Calls close together share one `getPresencesByUserId` request. */
  getPresence(userId: string): Promise<Presence>;
  /** People whose name starts with the query, for people pickers. */
  searchPeople(query: string, top?: number): Promise<Person[]>;
  /**
   * Saves the signed-in user's own profile fields (`PATCH /me`). `myId`, the signed-in user's id, lets the
   * cached card follow the change; without it only a card loaded as `me` in this page does.
   */
  updateMyProfile(update: ProfileUpdate, myId?: string): Promise<void>;
}
