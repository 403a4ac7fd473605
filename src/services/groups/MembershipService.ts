import type { InterestGroup, MembershipChange } from '../../model/feed/InterestGroup';
import type { MembershipRequest } from '../../model/feed/MembershipRequest';

/**
 * Joining and leaving interest groups. Graph lets only a group's owners (and admins) change its members by default;
 * where it refuses the signed-in user, the change becomes a request the owners decide in Kring.
 */
export interface MembershipService {
  /** `done` when Graph added me; `requested` when it refused and a request was filed. */
  join(group: InterestGroup): Promise<MembershipChange>;
  leave(group: InterestGroup): Promise<MembershipChange>;
  /** My requests still waiting for a decision. */
  getMyPendingRequests(): Promise<MembershipRequest[]>;
  /** Pending requests for groups I own. */
  getRequestsToDecide(): Promise<MembershipRequest[]>;
  /** As an owner: carries the request out in Graph (when approved) and records the decision. */
  decide(request: MembershipRequest, approve: boolean): Promise<void>;
}
