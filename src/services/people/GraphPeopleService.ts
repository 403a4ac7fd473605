import { GraphQueryable, graphPatch, graphPost, ConsistencyLevel, type GraphFI, type IGraphQueryable } from '@pnp/graph';
import '@pnp/graph/users';
import { body } from '@pnp/queryable';
import { PERSON_SELECT, PROFILE_SELECT, toPerson, toPersonProfile, type GraphUserPayload, type GraphUserProfilePayload } from '../../model/graphUser';
import type { Person } from '../../model/Person';
import { toPersonGroups, type GraphDirectoryObjectPayload, type PersonGroup } from '../../model/PersonGroup';
import type { PersonProfile, ProfileUpdate } from '../../model/PersonProfile';
import { toPresence, type GraphPresencePayload, type Presence } from '../../model/Presence';
import { ServiceError } from '../ServiceError';
import { toServiceError } from '../toServiceError';
import type { PeopleService, PersonRef } from './PeopleService';
import { PhotoDataUrlParse } from './photoParse';
import type { ProfileCard, Section } from './ProfileCard';
import { ProfileCache, type CacheStore } from './ProfileCache';
import { DEFAULT_RETRY, runBatch, type BatchCall, type Outcome, type RetryPolicy } from './runBatch';
import { WindowCollector, type KeyedAnswers } from './WindowCollector';

/** The photo size every avatar and card uses, so one cached photo serves them all. */
export const PHOTO_SIZE = '96x96';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type CardPart = 'profile' | 'photo' | 'presence' | 'manager' | 'reports' | 'groups';

const CARD_STORE: Readonly<Record<CardPart, CacheStore>> = {
  profile: 'profile',
  photo: 'photo',
  presence: 'presence',
  manager: 'manager',
  reports: 'reports',
  groups: 'groups'
};

export interface GraphPeopleServiceOptions {
  cache?: ProfileCache;
  retry?: RetryPolicy;
  /** How long avatars rendering together wait for each other before their presence/photos are requested. */
  collectWindowMs?: number;
}

function userQuery(graph: GraphFI, ref: string): IGraphQueryable {
  return ref === 'me' ? graph.me : graph.users.getById(ref);
}

function subQuery(graph: GraphFI, ref: string, path: string): IGraphQueryable {
  return GraphQueryable(userQuery(graph, ref), path);
}

/** Absent answers that Graph reports as 404: no manager, no photo. */
function notFoundAs<T>(value: T): (error: unknown) => Promise<T> {
  return async (error: unknown) => {
    const serviceError = await toServiceError(error);
    if (serviceError.kind === 'notFound') {
      return value;
    }
    throw serviceError;
  };
}

function cardCalls(ref: string, parts: readonly CardPart[]): Map<CardPart, BatchCall<unknown>> {
  const build: Record<CardPart, BatchCall<unknown>> = {
    profile: (g) => userQuery(g, ref).select(...PROFILE_SELECT)<GraphUserProfilePayload>(),
    photo: (g) => subQuery(g, ref, `photos/${PHOTO_SIZE}/$value`).using(PhotoDataUrlParse())<string>().catch(notFoundAs(undefined)),
    presence: (g) => subQuery(g, ref, 'presence')<GraphPresencePayload>(),
    manager: (g) => subQuery(g, ref, 'manager').select(...PERSON_SELECT)<GraphUserPayload>().catch(notFoundAs(null)),
    reports: (g) => subQuery(g, ref, 'directReports').select(...PERSON_SELECT)<GraphUserPayload[]>(),
    groups: (g) => subQuery(g, ref, 'memberOf').select('id', 'displayName', 'visibility', 'groupTypes')<GraphDirectoryObjectPayload[]>()
  };
  return new Map(parts.map((part) => [part, build[part]]));
}

function people(values: unknown): Person[] {
  return (Array.isArray(values) ? (values as GraphUserPayload[]) : [])
    .map((value) => toPerson(value))
    .filter((person): person is Person => person !== undefined)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Maps the raw answer of a card part to its domain value (what is cached). */
function mapPart(part: CardPart, raw: unknown): unknown {
  switch (part) {
    case 'profile':
      return toPersonProfile(raw as GraphUserProfilePayload);
    case 'photo':
      return typeof raw === 'string' ? raw : undefined;
    case 'presence':
      return toPresence(raw as GraphPresencePayload);
    case 'manager':
      return raw ? toPerson(raw as GraphUserPayload) : undefined;
    case 'reports':
      return people(raw);
    case 'groups':
      return toPersonGroups(Array.isArray(raw) ? (raw as GraphDirectoryObjectPayload[]) : []);
  }
}

function section<T>(outcome: Outcome<unknown> | undefined): Section<T> {
  if (!outcome) {
    return { status: 'error', error: new ServiceError('invalid', 'Missing answer.') };
  }
  return outcome.ok ? { status: 'ready', data: outcome.value as T } : { status: 'error', error: outcome.error };
}

export class GraphPeopleService implements PeopleService {
  private readonly cache: ProfileCache;
  private readonly retry: RetryPolicy;
  private readonly inFlight = new Map<string, Promise<ProfileCard>>();
  /**
   * Who `me` is, kept in memory only: the persistent cache is shared by everyone who signs in within the same
   * browser tab (the workbench switches users), so it must never map `me` to a person.
   */
  private meId: string | undefined;
  private readonly presenceCollector: WindowCollector<Presence>;
  private readonly photoCollector: WindowCollector<string | undefined>;

  public constructor(private readonly graph: GraphFI, options: GraphPeopleServiceOptions = {}) {
    this.cache = options.cache ?? new ProfileCache();
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.presenceCollector = new WindowCollector((ids) => this.fetchPresences(ids), options.collectWindowMs);
    this.photoCollector = new WindowCollector((ids) => this.fetchPhotos(ids), options.collectWindowMs);
  }

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

  public getProfileCard(ref: PersonRef): Promise<ProfileCard> {
    const key = ref.trim().toLowerCase() || 'me';
    const running = this.inFlight.get(key);
    if (running) {
      return running;
    }
    const loading = this.loadProfileCard(key).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, loading);
    return loading;
  }

  public getPhoto(userId: string): Promise<string | undefined> {
    const cached = this.cache.get<string | undefined>('photo', userId);
    return cached ? Promise.resolve(cached.value) : this.photoCollector.request(userId.toLowerCase());
  }

  public getPresence(userId: string): Promise<Presence> {
    const cached = this.cache.get<Presence>('presence', userId);
    return cached ? Promise.resolve(cached.value) : this.presenceCollector.request(userId.toLowerCase());
  }

  public async searchPeople(query: string, top: number = 10): Promise<Person[]> {
    const text = query.replace(/["\\]/g, ' ').trim();
    if (text === '') {
      return [];
    }
    const search = this.graph.users.using(ConsistencyLevel()).select(...PERSON_SELECT).top(top);
    search.query.set('$search', `"displayName:${text}"`);
    search.query.set('$count', 'true');
    try {
      return people(await search<GraphUserPayload[]>());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async updateMyProfile(update: ProfileUpdate, myId?: string): Promise<void> {
    try {
      await graphPatch(this.graph.me, body(update));
    } catch (error) {
      throw await toServiceError(error);
    }
    const id = myId?.toLowerCase() ?? this.meId;
    const cached = id ? this.cache.get<PersonProfile>('profile', id) : undefined;
    if (id && cached) {
      this.cache.put<PersonProfile>('profile', id, { ...cached.value, ...update });
    }
  }

  private async loadProfileCard(key: string): Promise<ProfileCard> {
    const id = GUID.test(key) ? key : key === 'me' ? this.meId : this.cache.get<string>('alias', key)?.value;
    const parts: CardPart[] = ['profile', 'photo', 'presence', 'manager', 'reports', 'groups'];
    const answers = new Map<CardPart, Outcome<unknown>>();
    const missing: CardPart[] = [];
    for (const part of parts) {
      const cached = id ? this.cache.get<unknown>(CARD_STORE[part], id) : undefined;
      if (cached) {
        answers.set(part, { ok: true, value: cached.value });
      } else {
        missing.push(part);
      }
    }
    if (missing.length > 0) {
      const fetched = await runBatch(this.graph, cardCalls(id ?? key, missing), this.retry);
      for (const [part, outcome] of fetched) {
        answers.set(part, outcome.ok ? { ok: true, value: mapPart(part, outcome.value) } : outcome);
      }
    }

    const profileOutcome = answers.get('profile');
    if (!profileOutcome?.ok) {
      throw profileOutcome?.error ?? new ServiceError('invalid', 'Missing profile.');
    }
    const profile = profileOutcome.value as PersonProfile | undefined;
    if (!profile) {
      throw new ServiceError('invalid', 'Microsoft Graph returned a user without an id.');
    }
    const personId = profile.id.toLowerCase();
    if (key === 'me') {
      this.meId = personId;
    }
    for (const alias of [key, profile.userPrincipalName.toLowerCase()]) {
      if (alias !== '' && alias !== 'me' && alias !== personId) {
        this.cache.put('alias', alias, personId);
      }
    }
    for (const part of missing) {
      const outcome = answers.get(part);
      if (outcome?.ok) {
        this.cache.put(CARD_STORE[part], personId, outcome.value);
      }
    }
    return {
      profile,
      photo: section<string | undefined>(answers.get('photo')),
      presence: section<Presence>(answers.get('presence')),
      manager: section<Person | undefined>(answers.get('manager')),
      directReports: section<Person[]>(answers.get('reports')),
      groups: section<PersonGroup[]>(answers.get('groups'))
    };
  }

  private async fetchPresences(ids: string[]): Promise<KeyedAnswers<Presence>> {
    const answers: KeyedAnswers<Presence> = new Map();
    const endpoint = GraphQueryable([this.graph.me, ''], 'communications/getPresencesByUserId');
    let values: GraphPresencePayload[];
    try {
      values = await graphPost<GraphPresencePayload[]>(endpoint, body({ ids }));
    } catch (error) {
      throw await toServiceError(error);
    }
    for (const value of Array.isArray(values) ? values : []) {
      if (typeof value.id === 'string') {
        const presence = toPresence(value);
        this.cache.put('presence', value.id, presence);
        answers.set(value.id.toLowerCase(), { value: presence });
      }
    }
    for (const id of ids) {
      if (!answers.has(id)) {
        answers.set(id, { value: { availability: 'PresenceUnknown' } });
      }
    }
    return answers;
  }

  private async fetchPhotos(ids: string[]): Promise<KeyedAnswers<string | undefined>> {
    const calls = new Map<string, BatchCall<unknown>>(
      ids.map((id) => [id, cardCalls(id, ['photo']).get('photo') as BatchCall<unknown>])
    );
    const outcomes = await runBatch(this.graph, calls, this.retry);
    const answers: KeyedAnswers<string | undefined> = new Map();
    for (const [id, outcome] of outcomes) {
      if (outcome.ok) {
        const photo = typeof outcome.value === 'string' ? outcome.value : undefined;
        this.cache.put('photo', id, photo);
        answers.set(id, { value: photo });
      } else {
        answers.set(id, { error: outcome.error });
      }
    }
    return answers;
  }
}
