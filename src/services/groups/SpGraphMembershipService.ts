import { GraphCollection, GraphQueryable, type GraphFI } from '@pnp/graph';
import '@pnp/graph/groups';
import '@pnp/graph/members';
import '@pnp/graph/users';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { InterestGroup, MembershipChange } from '../../model/feed/InterestGroup';
import {
  toMembershipRequest,
  type MembershipRequest,
  type SpMembershipRequestItem
} from '../../model/feed/MembershipRequest';
import type { CacheStore, SessionCache } from '../cache/SessionCache';
import { runBatch, type BatchCall } from '../graph/runBatch';
import { MEMBERSHIP_REQUESTS_LIST, type MembershipRequestsColumn } from '../lists/kringLists';
import { logFailure } from '../logFailure';
import type { HomeSiteResolver } from '../settings/homeSite';
import { toServiceError } from '../toServiceError';
import type { MembershipService } from './MembershipService';

const REQUEST_FIELDS: readonly MembershipRequestsColumn[] = [
  'Id',
  'Title',
  'GroupId',
  'RequesterId',
  'RequesterName',
  'Action',
  'Status',
  'Created'
];

/** Pending requests read at once: far more than a tenant's owners leave waiting. */
const PENDING_PAGE = 500;

interface Me {
  id: string;
  displayName: string;
}

const directoryObject = (id: string): string => `https://graph.microsoft.com/v1.0/directoryObjects/${id}`;

function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Membership changes in Graph, and the requests Graph refused in the home site's requests list. */
export class SpGraphMembershipService implements MembershipService {
  private readonly me: CacheStore<Me>;

  public constructor(
    private readonly graph: GraphFI,
    private readonly homeSite: HomeSiteResolver,
    cache: SessionCache,
    /** Called after a change in Graph, so cached memberships are read again. */
    private readonly onMembershipChanged: () => void
  ) {
    this.me = cache.store('meId', 60);
  }

  public join(group: InterestGroup): Promise<MembershipChange> {
    return this.change(group, 'Join', (me) => this.graph.groups.getById(group.id).members.add(directoryObject(me.id)));
  }

  public leave(group: InterestGroup): Promise<MembershipChange> {
    return this.change(group, 'Leave', (me) => this.graph.groups.getById(group.id).members.getById(me.id).remove());
  }

  private async change(
    group: InterestGroup,
    action: 'Join' | 'Leave',
    apply: (me: Me) => Promise<unknown>
  ): Promise<MembershipChange> {
    const me = await this.whoAmI();
    try {
      await apply(me);
      this.onMembershipChanged();
      return 'done';
    } catch (error) {
      const failure = await toServiceError(error);
      if (failure.kind !== 'forbidden') {
        throw logFailure(`membership.${action.toLowerCase()}`, failure);
      }
    }
    await this.fileRequest(group, action, me);
    return 'requested';
  }

  private async fileRequest(group: InterestGroup, action: 'Join' | 'Leave', me: Me): Promise<void> {
    const site = await this.homeSite();
    try {
      await site.sp.web.lists.getByTitle(MEMBERSHIP_REQUESTS_LIST.title).items.add({
        Title: group.displayName,
        GroupId: group.id,
        RequesterId: me.id,
        RequesterName: me.displayName,
        Action: action,
        Status: 'Pending'
      });
    } catch (error) {
      throw logFailure('membership.fileRequest', await toServiceError(error));
    }
  }

  private async whoAmI(): Promise<Me> {
    const cached = this.me.get('me');
    if (cached) return cached.value;
    try {
      const me = await this.graph.me.select('id', 'displayName')<Me>();
      const value = { id: me.id.toLowerCase(), displayName: me.displayName };
      this.me.put('me', value);
      return value;
    } catch (error) {
      throw logFailure('membership.whoAmI', await toServiceError(error));
    }
  }

  private async pending(filter: string): Promise<MembershipRequest[]> {
    const site = await this.homeSite();
    let items: SpMembershipRequestItem[];
    try {
      items = await site.sp.web.lists
        .getByTitle(MEMBERSHIP_REQUESTS_LIST.title)
        .items.select(...REQUEST_FIELDS)
        .filter(`Status eq 'Pending'${filter}`)
        .orderBy('Created', false)
        .top(PENDING_PAGE)<SpMembershipRequestItem[]>();
    } catch (error) {
      throw logFailure('membership.pending', await toServiceError(error));
    }
    return items.map(toMembershipRequest).filter((request): request is MembershipRequest => request !== undefined);
  }

  public async getMyPendingRequests(): Promise<MembershipRequest[]> {
    const me = await this.whoAmI();
    return this.pending(` and RequesterId eq ${odataString(me.id)}`);
  }

  public async getRequestsToDecide(): Promise<MembershipRequest[]> {
    const [me, requests] = await Promise.all([this.whoAmI(), this.pending('')]);
    const groupIds = [...new Set(requests.map((request) => request.groupId))];
    if (groupIds.length === 0) return [];
    const calls = new Map<string, BatchCall<unknown>>(
      groupIds.map((id) => [
        id,
        (g) =>
          GraphCollection(GraphQueryable(g.groups.getById(id), 'owners'))
            .select('id')
            .top(100)<{ id: string }[]>()
      ])
    );
    const owners = await runBatch(this.graph, calls);
    const mine = new Set(
      groupIds.filter((id) => {
        const answer = owners.get(id);
        return answer?.ok && (answer.value as { id: string }[]).some((owner) => owner.id.toLowerCase() === me.id);
      })
    );
    return requests.filter((request) => mine.has(request.groupId));
  }

  public async decide(request: MembershipRequest, approve: boolean): Promise<void> {
    const me = await this.whoAmI();
    try {
      if (approve && request.action === 'join') {
        await this.graph.groups.getById(request.groupId).members.add(directoryObject(request.requesterId));
      } else if (approve) {
        await this.graph.groups.getById(request.groupId).members.getById(request.requesterId).remove();
      }
    } catch (error) {
      throw logFailure('membership.decide', await toServiceError(error));
    }
    const site = await this.homeSite();
    try {
      await site.sp.web.lists
        .getByTitle(MEMBERSHIP_REQUESTS_LIST.title)
        .items.getById(request.id)
        .update({ Status: approve ? 'Approved' : 'Declined', DecidedById: me.id });
    } catch (error) {
      throw logFailure('membership.decide', await toServiceError(error));
    }
  }
}
