import { GraphCollection, GraphQueryable, type GraphFI } from '@pnp/graph';
import '@pnp/graph/groups';
import '@pnp/graph/teams';
import '@pnp/graph/users';
import { PERSON_SELECT, type GraphUserPayload } from '../../model/graphUser';
import type { Person } from '../../model/Person';
import { toPeople } from '../people/cardParts';
import type { GroupCheck } from '../../model/feed/registryProblems';
import { logFailure } from '../logFailure';
import { runBatch, type BatchCall } from '../graph/runBatch';
import type { Result } from '../Result';

/** Graph allows at most 15 values in an `in` clause of a directory `$filter`. */
const IN_CLAUSE_LIMIT = 15;

export function chunks<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += size) {
    result.push(values.slice(start, start + size));
  }
  return result;
}

/** The people with these ids, 15 a call (Graph's limit for `in`), in one `$batch`. */
export async function usersByIds(graph: GraphFI, ids: readonly string[]): Promise<Person[]> {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const calls = new Map<string, BatchCall<unknown>>();
  chunks(unique, IN_CLAUSE_LIMIT).forEach((chunk, index) => {
    const list = chunk.map((id) => `'${id}'`).join(',');
    calls.set(`users:${index}`, (g) =>
      g.users.filter(`id in (${list})`).select(...PERSON_SELECT)<GraphUserPayload[]>()
    );
  });
  const answers = calls.size > 0 ? await runBatch(graph, calls) : new Map<string, Result<unknown>>();
  const people: Person[] = [];
  for (const answer of answers.values()) {
    if (!answer.ok) throw logFailure('registry.getPeople', answer.error);
    people.push(...toPeople(answer.value));
  }
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
}

function existingCall(ids: readonly string[]): BatchCall<{ id?: string }[]> {
  const list = ids.map((id) => `'${id}'`).join(',');
  return (g) => g.groups.filter(`id in (${list})`).select('id')<{ id?: string }[]>();
}

/** `GET /teams/{id}/channels?$select=id`: 404 when the group has no team. */
function channelsCall(groupId: string): BatchCall<{ id: string }[]> {
  return (g) => GraphCollection(GraphQueryable(g.teams.getById(groupId), 'channels')).select('id')<{ id: string }[]>();
}

function channelsOf(answer: Result<unknown> | undefined): GroupCheck['channels'] {
  if (!answer) return 'unknown';
  if (answer.ok) return new Set((answer.value as { id: string }[]).map((channel) => channel.id));
  if (answer.error.kind === 'notFound') return 'noTeam';
  if (answer.error.kind === 'forbidden') return 'unknown';
  throw logFailure('registry.findProblems', answer.error);
}

/**
 * What Graph says about each group, in one `$batch`: which exist (`/groups?$filter=id in (…)`, 15 a call) and each
 * team's channels. A private team the curator is not in answers 403: its channels stay `unknown`.
 */
export async function checkGroups(graph: GraphFI, ids: readonly string[]): Promise<Map<string, GroupCheck>> {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const calls = new Map<string, BatchCall<unknown>>();
  chunks(unique, IN_CLAUSE_LIMIT).forEach((chunk, index) => calls.set(`exists:${index}`, existingCall(chunk)));
  unique.forEach((id) => calls.set(`channels:${id}`, channelsCall(id)));
  const answers = unique.length > 0 ? await runBatch(graph, calls) : new Map<string, Result<unknown>>();
  const existing = new Set<string>();
  for (const [key, answer] of answers) {
    if (!key.startsWith('exists:')) continue;
    if (!answer.ok) throw logFailure('registry.findProblems', answer.error);
    (answer.value as { id?: string }[]).forEach((group) => group.id && existing.add(group.id.toLowerCase()));
  }
  const checks = new Map<string, GroupCheck>();
  for (const id of unique) {
    const exists = existing.has(id);
    checks.set(id, { exists, channels: exists ? channelsOf(answers.get(`channels:${id}`)) : 'unknown' });
  }
  return checks;
}
