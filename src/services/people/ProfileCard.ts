import type { Person } from '../../model/Person';
import type { PersonGroup } from '../../model/PersonGroup';
import type { PersonProfile } from '../../model/PersonProfile';
import type { Presence } from '../../model/Presence';
import type { Result } from '../Result';

/** Everything the full colleague card shows that comes from Graph; each part may fail on its own. */
export interface ProfileCard {
  profile: PersonProfile;
  /** A `data:` URL of the photo; undefined when the person has none. */
  photo: Result<string | undefined>;
  presence: Result<Presence>;
  /** Undefined when the person has no manager. */
  manager: Result<Person | undefined>;
  directReports: Result<Person[]>;
  groups: Result<PersonGroup[]>;
}
