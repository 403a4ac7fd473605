import { TENANT_ID } from '../seed/organisation';

export interface TeamworkUserIdentity {
  '@odata.type': '#microsoft.graph.teamworkUserIdentity';
  id: string;
  displayName: string | null;
  userIdentityType: 'aadUser';
  tenantId: string;
}

export interface UserIdentitySet {
  application: null;
  device: null;
  user: TeamworkUserIdentity;
}

/** A Teams user as Graph shows one in a message's `from`, its mentions and its reactions. */
export function teamworkUserIdentity(userId: string, displayName: string | null = null): TeamworkUserIdentity {
  return {
    '@odata.type': '#microsoft.graph.teamworkUserIdentity',
    id: userId,
    displayName,
    userIdentityType: 'aadUser',
    tenantId: TENANT_ID
  };
}

/** The identity set around a Teams user: `from` and a reaction's `user`. */
export function userIdentitySet(userId: string, displayName: string | null = null): UserIdentitySet {
  return { application: null, device: null, user: teamworkUserIdentity(userId, displayName) };
}

/** A mention's `mentioned`: the identity set of a user, with the conversation and tag members a mention also has. */
export function mentionedUser(
  userId: string,
  displayName: string | null
): UserIdentitySet & { conversation: null; tag: null } {
  return { ...userIdentitySet(userId, displayName), conversation: null, tag: null };
}
