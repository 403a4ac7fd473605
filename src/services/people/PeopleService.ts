import type { Person } from '../../model/Person';

/** People: Entra ID users and their profiles. */
export interface PeopleService {
  /** The signed-in user. */
  getMe(): Promise<Person>;
}
