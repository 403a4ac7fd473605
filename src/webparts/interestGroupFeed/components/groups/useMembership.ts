import * as React from 'react';
import { asServiceError, type AsyncData } from '../../../../hooks/AsyncData';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { MembershipRequest } from '../../../../model/feed/MembershipRequest';
import type { ServiceError } from '../../../../services/ServiceError';
import { useServices } from '../../../../services/ServicesContext';

export type MembershipAction = 'join' | 'leave';

/** Where I stand with one group as its card shows it. */
export interface GroupMembership {
  member: boolean;
  /** A request of mine waiting for the group's owners. */
  requested?: MembershipAction;
  /** Asked of Graph, no answer yet. */
  busy?: MembershipAction;
  /** Carried out in this session: the card confirms it. */
  done?: MembershipAction;
  /** The last change failed: the card explains it and offers to try again; nothing else changed. */
  failure?: { action: MembershipAction; error: ServiceError };
}

/** What this session changed for a group; `requested: null` is a request that no longer waits. */
interface Change {
  member?: boolean;
  requested?: MembershipAction | null;
  busy?: MembershipAction;
  done?: MembershipAction;
  failure?: GroupMembership['failure'];
}

export interface MembershipResult {
  membershipOf: (groupId: string) => GroupMembership;
  isMember: (groupId: string) => boolean;
  change: (group: InterestGroup, action: MembershipAction) => void;
}

const key = (groupId: string): string => groupId.toLowerCase();
const NO_REQUESTS: ReadonlyMap<string, MembershipAction> = new Map();

function requestsByGroup(pending: AsyncData<MembershipRequest[]>): ReadonlyMap<string, MembershipAction> {
  if (pending.status !== 'ready') return NO_REQUESTS;
  return new Map(pending.data.map((request) => [key(request.groupId), request.action]));
}

function standing(
  change: Change | undefined,
  directoryMember: boolean,
  requested: MembershipAction | undefined
): GroupMembership {
  const stillRequested = change?.requested === null ? undefined : (change?.requested ?? requested);
  return {
    member: change?.member ?? directoryMember,
    requested: stillRequested,
    busy: change?.busy,
    done: change?.done,
    failure: change?.failure
  };
}

/**
 * Joining and leaving from the group browser: my pending requests mark their groups when the panel loads, a change
 * shows as busy at once, and only Graph's answer changes the membership, so a failure leaves everything as it was.
 * The service forgets its cached memberships after a change, so the feed reads them again.
 */
export function useMembership(directoryIsMember: (groupId: string) => boolean): MembershipResult {
  const { membership } = useServices();
  const pending = useAsyncData(() => membership.getMyPendingRequests(), [membership]);
  const requested = React.useMemo(() => requestsByGroup(pending.state), [pending.state]);
  const [changes, setChanges] = React.useState<ReadonlyMap<string, Change>>(new Map());
  const changesRef = React.useRef(changes);
  changesRef.current = changes;
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const update = React.useCallback((groupId: string, change: Change) => {
    if (!mounted.current) return;
    setChanges((current) => new Map(current).set(groupId, { ...current.get(groupId), ...change }));
  }, []);

  const change = React.useCallback(
    (group: InterestGroup, action: MembershipAction) => {
      const id = key(group.id);
      if (changesRef.current.get(id)?.busy) return;
      update(id, { busy: action, done: undefined, failure: undefined });
      membership[action](group).then(
        (outcome) =>
          update(
            id,
            outcome === 'done'
              ? { busy: undefined, member: action === 'join', requested: null, done: action }
              : { busy: undefined, requested: action }
          ),
        async (error: unknown) =>
          update(id, { busy: undefined, failure: { action, error: await asServiceError(error) } })
      );
    },
    [membership, update]
  );

  const membershipOf = React.useCallback(
    (groupId: string) => standing(changes.get(key(groupId)), directoryIsMember(groupId), requested.get(key(groupId))),
    [changes, directoryIsMember, requested]
  );
  const isMember = React.useCallback(
    (groupId: string) => changes.get(key(groupId))?.member ?? directoryIsMember(groupId),
    [changes, directoryIsMember]
  );
  return { membershipOf, isMember, change };
}
