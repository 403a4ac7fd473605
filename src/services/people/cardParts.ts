import { GraphQueryable, graphPost, type GraphFI, type IGraphQueryable } from '@pnp/graph';
import '@pnp/graph/users';
import { body } from '@pnp/queryable';
import {
  PERSON_SELECT,
  PROFILE_SELECT,
  toPerson,
  toPersonProfile,
  type GraphUserPayload,
  type GraphUserProfilePayload
} from '../../model/graphUser';
import type { Person } from '../../model/Person';
import { toPersonGroups, type GraphDirectoryObjectPayload } from '../../model/PersonGroup';
import { toPresence, type GraphPresencePayload, type Presence } from '../../model/Presence';
import type { BatchCall } from '../graph/runBatch';
import { PhotoDataUrlParse } from '../graph/photoParse';
import { toServiceError } from '../toServiceError';

/** The photo size every avatar and card uses, so one cached photo serves them all. */
export const PHOTO_SIZE = '96x96';

export type CardPart = 'profile' | 'photo' | 'presence' | 'manager' | 'reports' | 'groups';

export const CARD_PARTS: readonly CardPart[] = ['profile', 'photo', 'presence', 'manager', 'reports', 'groups'];

export function userQuery(graph: GraphFI, ref: string): IGraphQueryable {
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

export function photoCall(ref: string): BatchCall<string | undefined> {
  return (g) =>
    subQuery(g, ref, `photos/${PHOTO_SIZE}/$value`).using(PhotoDataUrlParse())<string>().catch(notFoundAs(undefined));
}

/** `getPresencesByUserId` for many people, as one request (inside a `$batch` or alone). */
export function presencesCall(ids: string[]): BatchCall<GraphPresencePayload[]> {
  return (g) =>
    graphPost<GraphPresencePayload[]>(GraphQueryable([g.me, ''], 'communications/getPresencesByUserId'), body({ ids }));
}

export function cardCalls(ref: string, parts: readonly CardPart[]): Map<CardPart, BatchCall<unknown>> {
  const build: Record<CardPart, BatchCall<unknown>> = {
    profile: (g) => userQuery(g, ref).select(...PROFILE_SELECT)<GraphUserProfilePayload>(),
    photo: photoCall(ref),
    presence: (g) => subQuery(g, ref, 'presence')<GraphPresencePayload>(),
    manager: (g) =>
      subQuery(g, ref, 'manager')
        .select(...PERSON_SELECT)<GraphUserPayload>()
        .catch(notFoundAs(null)),
    reports: (g) => subQuery(g, ref, 'directReports').select(...PERSON_SELECT)<GraphUserPayload[]>(),
    groups: (g) =>
      subQuery(g, ref, 'memberOf').select('id', 'displayName', 'visibility', 'groupTypes')<
        GraphDirectoryObjectPayload[]
      >()
  };
  return new Map(parts.map((part) => [part, build[part]]));
}

export function toPeople(values: unknown): Person[] {
  return (Array.isArray(values) ? (values as GraphUserPayload[]) : [])
    .map((value) => toPerson(value))
    .filter((person): person is Person => person !== undefined)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Maps the raw answer of a card part to its domain value (what is cached). */
export function mapCardPart(part: CardPart, raw: unknown): unknown {
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
      return toPeople(raw);
    case 'groups':
      return toPersonGroups(Array.isArray(raw) ? (raw as GraphDirectoryObjectPayload[]) : []);
  }
}

/** Presence answers keyed by lower-case id; people Graph did not answer for are `PresenceUnknown`. */
export function presencesById(ids: string[], values: unknown): Map<string, Presence> {
  const answers = new Map<string, Presence>();
  for (const value of Array.isArray(values) ? (values as GraphPresencePayload[]) : []) {
    if (typeof value.id === 'string') {
      answers.set(value.id.toLowerCase(), toPresence(value));
    }
  }
  for (const id of ids) {
    if (!answers.has(id)) {
      answers.set(id, { availability: 'PresenceUnknown' });
    }
  }
  return answers;
}
