/**
 * What the interest-group feed bench prepares on its own emulator copy: the registry's groups, the bench user as
 * a member of all of them (added by each group's owner, as Graph requires), and a few people to write posts as.
 */
import type { RunningEmulator } from '../test/support/emulator';

export interface RegistryGroup {
  groupId: string;
  channelId: string;
  title: string;
}

export interface BenchPerson {
  id: string;
  displayName: string;
}

/** A Graph call from Node as `user`; throws on a status other than the expected ones. */
export async function graphCall(
  emulator: RunningEmulator,
  user: string,
  path: string,
  init: { method?: string; body?: unknown } = {}
): Promise<{ status: number; text: string; json: unknown }> {
  const response = await fetch(`${emulator.graphUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${await emulator.token(user)}`,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' })
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body)
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

async function graphValues<T>(emulator: RunningEmulator, user: string, path: string): Promise<T[]> {
  const answer = await graphCall(emulator, user, path);
  if (answer.status !== 200) {
    throw new Error(`GET ${path} as ${user}: ${answer.status} ${answer.text.slice(0, 200)}`);
  }
  return (answer.json as { value: T[] }).value;
}

/** The registry as the bench user reads it over SharePoint REST, in list order. */
export async function readRegistry(emulator: RunningEmulator, user: string): Promise<RegistryGroup[]> {
  const answer = await emulator.spFetch(
    "/_api/web/lists/getbytitle('Kring Interest Groups')/items?$select=GroupId,FeedChannelId,Title&$top=5000",
    { user }
  );
  if (answer.status !== 200) {
    throw new Error(`Registry: ${answer.status} ${answer.text.slice(0, 200)}`);
  }
  const items = (answer.json as { value: { GroupId: string; FeedChannelId: string | null; Title: string }[] }).value;
  return items
    .filter((item) => item.FeedChannelId)
    .map((item) => ({
      groupId: item.GroupId.toLowerCase(),
      channelId: item.FeedChannelId as string,
      title: item.Title
    }));
}

/** Makes `user` a member of every group, each added by one of the group's owners; answers how many were added. */
export async function joinAll(
  emulator: RunningEmulator,
  user: string,
  groups: readonly RegistryGroup[]
): Promise<number> {
  const me = (await graphCall(emulator, user, '/me?$select=id')).json as { id: string };
  const mine = new Set(
    (await graphValues<{ id: string }>(emulator, user, '/me/memberOf?$select=id&$top=999')).map((group) =>
      group.id.toLowerCase()
    )
  );
  let added = 0;
  for (const group of groups.filter((candidate) => !mine.has(candidate.groupId))) {
    const owners = await graphValues<{ id: string }>(emulator, user, `/groups/${group.groupId}/owners?$select=id`);
    const owner = owners[0];
    if (!owner) {
      throw new Error(`Group ${group.title} has no owner to add ${user}`);
    }
    const answer = await graphCall(emulator, owner.id, `/groups/${group.groupId}/members/$ref`, {
      method: 'POST',
      body: { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${me.id}` }
    });
    if (answer.status !== 204) {
      throw new Error(`Adding ${user} to ${group.title}: ${answer.status} ${answer.text.slice(0, 200)}`);
    }
    added++;
  }
  return added;
}

/** People of the organisation to write the synthetic posts as (real ids, so avatars and hover cards resolve). */
export async function somePeople(emulator: RunningEmulator, user: string, count: number): Promise<BenchPerson[]> {
  return graphValues<BenchPerson>(emulator, user, `/users?$select=id,displayName&$top=${count}`);
}
