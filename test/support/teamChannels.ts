import type { ChannelRef } from '../../src/model/feed/mergedFeed';
import type { RunningEmulator } from './emulator';

/** The General channel of the team whose group has this mailNickname (`ig-toetsing`), read as `user`. */
export async function generalChannelOf(
  emulator: RunningEmulator,
  mailNickname: string,
  user: string
): Promise<ChannelRef> {
  const call = async (path: string): Promise<Record<string, unknown>> => {
    const response = await fetch(`${emulator.graphUrl}${path}`, {
      headers: { Authorization: `Bearer ${await emulator.token(user)}` }
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const groups = await call(`/groups?$filter=mailNickname eq '${mailNickname}'&$select=id`);
  const groupId = String((groups.value as { id: string }[])[0].id);
  const channel = await call(`/teams/${groupId}/primaryChannel`);
  return { groupId, channelId: String(channel.id) };
}
