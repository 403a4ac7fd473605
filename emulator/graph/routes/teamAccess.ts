import type { FastifyRequest } from 'fastify';
import { GraphError } from '../../shared/http/errors';
import type { ChannelRow, GroupRow } from '../../shared/store/rows';
import type { GraphStore } from '../store/graphStore';

/** The team of `/teams/{teamId}`; a private team is visible to its members only. */
export function accessibleTeam(store: GraphStore, request: FastifyRequest): GroupRow {
  const { teamId } = request.params as { teamId: string };
  const group = store.groups.find(teamId);
  if (!group) {
    throw new GraphError(404, 'NotFound', `No team found with Group Id ${teamId.slice(0, 100)}`);
  }
  if (group.visibility === 'Private' && store.groups.rolesOf(group.id, request.kringUser.id).size === 0) {
    throw new GraphError(403, 'Forbidden', 'Forbidden: the signed-in user is not a member of this private team.');
  }
  return group;
}

export function accessibleChannel(store: GraphStore, request: FastifyRequest): { team: GroupRow; channel: ChannelRow } {
  const team = accessibleTeam(store, request);
  const { channelId } = request.params as { channelId: string };
  const channel = store.channels.find(team.id, channelId);
  if (!channel) {
    throw new GraphError(404, 'NotFound', `Channel ${channelId.slice(0, 100)} was not found in team ${team.id}.`);
  }
  return { team, channel };
}
