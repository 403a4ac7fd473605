import type { GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import { PERSON_SELECT, toPerson, type GraphUserPayload } from '../../model/graphUser';
import type { Person } from '../../model/Person';
import { ServiceError } from '../ServiceError';
import { toServiceError } from '../toServiceError';
import type { PeopleService } from './PeopleService';

export class GraphPeopleService implements PeopleService {
  public constructor(private readonly graph: GraphFI) {}

  public async getMe(): Promise<Person> {
    let payload: GraphUserPayload;
    try {
      payload = await this.graph.me.select(...PERSON_SELECT)<GraphUserPayload>();
    } catch (error) {
      throw await toServiceError(error);
    }
    const person = toPerson(payload);
    if (!person) {
      throw new ServiceError('invalid', 'Microsoft Graph returned a user without an id.');
    }
    return person;
  }
}
