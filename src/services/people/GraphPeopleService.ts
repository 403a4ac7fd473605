import { graphPatch, ConsistencyLevel, type GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import { body } from '@pnp/queryable';
import { PERSON_SELECT, toPerson, type GraphUserPayload } from '../../model/graphUser';
import type { Person } from '../../model/Person';
import type { PersonGroup } from '../../model/PersonGroup';
import type { PersonProfile, ProfileUpdate } from '../../model/PersonProfile';
import type { Presence } from '../../model/Presence';
import { InFlight } from '../cache/InFlight';
import { SessionCache, type CacheStore } from '../cache/SessionCache';
import { DEFAULT_RETRY, runBatch, type RetryPolicy } from '../graph/runBatch';
import { logFailure } from '../logFailure';
import { failed, ok, type Result } from '../Result';
import { ServiceError } from '../ServiceError';
import { toServiceError } from '../toServiceError';
import { CARD_PARTS, cardCalls, mapCardPart, toPeople, type CardPart } from './cardParts';
import type { PeopleService, PersonRef } from './PeopleService';
import { peopleStores, type PeopleStores } from './peopleStores';
import { PhotoPresenceLoader } from './PhotoPresenceLoader';
import type { ProfileCard } from './ProfileCard';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GraphPeopleServiceOptions {
  cache?: SessionCache;
  retry?: RetryPolicy;
  /** How long avatars rendering together wait for each other before their presence/photos are requested. */
  collectWindowMs?: number;
}

function partResult<T>(answer: Result<unknown> | undefined): Result<T> {
  return answer ? (answer as Result<T>) : failed(new ServiceError('invalid', 'Missing answer.'));
}

export class GraphPeopleService implements PeopleService {
  private readonly stores: PeopleStores;
  private readonly retry: RetryPolicy;
  private readonly decorations: PhotoPresenceLoader;
  private readonly cardReads = new InFlight<ProfileCard>();
  /**
   * Who `me` is, kept in memory only: the persistent cache is shared by everyone who signs in within the same
   * browser tab (the workbench switches users), so it must never map `me` to a person.
   */
  private meId: string | undefined;

  public constructor(
    private readonly graph: GraphFI,
    options: GraphPeopleServiceOptions = {}
  ) {
    this.stores = peopleStores(options.cache ?? new SessionCache());
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.decorations = new PhotoPresenceLoader(graph, this.stores, this.retry, options.collectWindowMs);
  }

  public async getMe(): Promise<Person> {
    let payload: GraphUserPayload;
    try {
      payload = await this.graph.me.select(...PERSON_SELECT)<GraphUserPayload>();
    } catch (error) {
      throw logFailure('people.getMe', await toServiceError(error));
    }
    const person = toPerson(payload);
    if (!person) {
      throw logFailure('people.getMe', new ServiceError('invalid', 'Microsoft Graph returned a user without an id.'));
    }
    return person;
  }

  public getProfileCard(ref: PersonRef): Promise<ProfileCard> {
    const key = ref.trim().toLowerCase() || 'me';
    return this.cardReads.run(key, () => this.loadProfileCard(key));
  }

  public getPhoto(userId: string): Promise<string | undefined> {
    return this.decorations.photo(userId);
  }

  public getPresence(userId: string): Promise<Presence> {
    return this.decorations.presence(userId);
  }

  public async searchPeople(query: string, top: number = 10): Promise<Person[]> {
    const text = query.replace(/["\\]/g, ' ').trim();
    if (text === '') {
      return [];
    }
    const search = this.graph.users
      .using(ConsistencyLevel())
      .select(...PERSON_SELECT)
      .top(top);
    search.query.set('$search', `"displayName:${text}"`);
    search.query.set('$count', 'true');
    try {
      return toPeople(await search<GraphUserPayload[]>());
    } catch (error) {
      throw logFailure('people.searchPeople', await toServiceError(error));
    }
  }

  public async updateMyProfile(update: ProfileUpdate, myId?: string): Promise<void> {
    try {
      await graphPatch(this.graph.me, body(update));
    } catch (error) {
      throw logFailure('people.updateMyProfile', await toServiceError(error));
    }
    const id = myId?.toLowerCase() ?? this.meId;
    const cached = id ? this.stores.profile.get(id) : undefined;
    if (id && cached) {
      this.stores.profile.put(id, { ...cached.value, ...update });
    }
  }

  private store(part: CardPart): CacheStore<unknown> {
    const byPart: Record<CardPart, CacheStore<unknown>> = {
      profile: this.stores.profile,
      photo: this.stores.photo,
      presence: this.stores.presence,
      manager: this.stores.manager,
      reports: this.stores.reports,
      groups: this.stores.groups
    } as Record<CardPart, CacheStore<unknown>>;
    return byPart[part];
  }

  private resolveId(key: string): string | undefined {
    if (GUID.test(key)) {
      return key;
    }
    return key === 'me' ? this.meId : this.stores.alias.get(key)?.value;
  }

  private async loadProfileCard(key: string): Promise<ProfileCard> {
    const id = this.resolveId(key);
    const answers = new Map<CardPart, Result<unknown>>();
    const missing: CardPart[] = [];
    for (const part of CARD_PARTS) {
      const cached = id ? this.store(part).get(id) : undefined;
      if (cached) {
        answers.set(part, ok(cached.value));
      } else {
        missing.push(part);
      }
    }
    if (missing.length > 0) {
      const fetched = await runBatch(this.graph, cardCalls(id ?? key, missing), this.retry);
      for (const [part, answer] of fetched) {
        answers.set(part, answer.ok ? ok(mapCardPart(part, answer.value)) : answer);
      }
    }
    const profile = this.profileFrom(answers.get('profile'));
    this.remember(key, profile, missing, answers);
    return {
      profile,
      photo: partResult<string | undefined>(answers.get('photo')),
      presence: partResult<Presence>(answers.get('presence')),
      manager: partResult<Person | undefined>(answers.get('manager')),
      directReports: partResult<Person[]>(answers.get('reports')),
      groups: partResult<PersonGroup[]>(answers.get('groups'))
    };
  }

  private profileFrom(answer: Result<unknown> | undefined): PersonProfile {
    if (!answer?.ok) {
      throw logFailure('people.getProfileCard', answer?.error ?? new ServiceError('invalid', 'Missing profile.'));
    }
    const profile = answer.value as PersonProfile | undefined;
    if (!profile) {
      throw logFailure(
        'people.getProfileCard',
        new ServiceError('invalid', 'Microsoft Graph returned a user without an id.')
      );
    }
    return profile;
  }

  private remember(
    key: string,
    profile: PersonProfile,
    fetched: CardPart[],
    answers: Map<CardPart, Result<unknown>>
  ): void {
    const personId = profile.id.toLowerCase();
    if (key === 'me') {
      this.meId = personId;
    }
    for (const alias of [key, profile.userPrincipalName.toLowerCase()]) {
      if (alias !== '' && alias !== 'me' && alias !== personId) {
        this.stores.alias.put(alias, personId);
      }
    }
    for (const part of fetched) {
      const answer = answers.get(part);
      if (answer?.ok) {
        this.store(part).put(personId, answer.value);
      }
    }
  }
}
