/** A request to join or leave a group that Graph refused to the requester, waiting for the group's owners. */
export interface MembershipRequest {
  /** The request's item in the Kring Membership Requests list. */
  id: number;
  groupId: string;
  groupName: string;
  requesterId: string;
  requesterName: string;
  action: 'join' | 'leave';
  status: 'pending' | 'approved' | 'declined';
  created: string;
}

/** An item of the Kring Membership Requests list as the membership service selects it. */
export interface SpMembershipRequestItem {
  Id?: number | null;
  Title?: string | null;
  GroupId?: string | null;
  RequesterId?: string | null;
  RequesterName?: string | null;
  Action?: string | null;
  Status?: string | null;
  Created?: string | null;
}

const STATUSES: Readonly<Record<string, MembershipRequest['status']>> = {
  Pending: 'pending',
  Approved: 'approved',
  Declined: 'declined'
};

/** Maps a request item; undefined when it lacks what a decision needs. */
export function toMembershipRequest(item: SpMembershipRequestItem): MembershipRequest | undefined {
  const groupId = item.GroupId?.trim().toLowerCase();
  const requesterId = item.RequesterId?.trim().toLowerCase();
  const status = STATUSES[item.Status ?? ''];
  if (typeof item.Id !== 'number' || !groupId || !requesterId || !status) {
    return undefined;
  }
  return {
    id: item.Id,
    groupId,
    groupName: item.Title?.trim() || groupId,
    requesterId,
    requesterName: item.RequesterName?.trim() || requesterId,
    action: item.Action === 'Leave' ? 'leave' : 'join',
    status,
    created: item.Created ?? ''
  };
}
