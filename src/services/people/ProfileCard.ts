import type { Person } from '../../model/Person';
import type { PersonGroup } from '../../model/PersonGroup';
import type { PersonProfile } from '../../model/PersonProfile';
import type { Presence } from '../../model/Presence';
import type { ServiceError } from '../ServiceError';

/** One part of the card that loaded, or failed on its own without taking the rest of the card with it. */
export type Section<T> = { status: 'ready'; data: T } | { status: 'error'; error: ServiceError };

/** Everything the full colleague card shows that comes from Graph. */
export interface ProfileCard {
  profile: PersonProfile;
  /** A `data:` URL of the photo; undefined when the person has none. */
  photo: Section<string | undefined>;
  presence: Section<Presence>;
  /** Undefined when the person has no manager. */
  manager: Section<Person | undefined>;
  directReports: Section<Person[]>;
  groups: Section<PersonGroup[]>;
}
