import { GraphCollection, GraphQueryable, Paged, ConsistencyLevel, type GraphFI } from '@pnp/graph';
import '@pnp/graph/groups';
import '@pnp/graph/teams';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { GroupRegistry, InterestGroup, JobFunctionRule } from '../../model/feed/InterestGroup';
import type { ChannelRef } from '../../model/feed/mergedFeed';
import { toPersonGroups, type GraphDirectoryObjectPayload } from '../../model/PersonGroup';
import {
  toInterestGroup,
  toJobFunctionRule,
  type SpInterestGroupItem,
  type SpJobFunctionItem
} from '../../model/feed/registryItems';
import { InFlight } from '../cache/InFlight';
import type { SessionCache } from '../cache/SessionCache';
import { WindowCollector } from '../graph/WindowCollector';
import { toPeople } from '../people/cardParts';
import { failed, ok, type Result } from '../Result';
import { PERSON_SELECT, type GraphUserPayload } from '../../model/graphUser';
import type { Person } from '../../model/Person';
import { runBatch, type BatchCall } from '../graph/runBatch';
import {
  INTEREST_GROUPS_LIST,
  JOB_FUNCTIONS_LIST,
  REGISTRY_ENTRY_FIELDS,
  type JobFunctionsColumn
} from '../lists/kringLists';
import { logFailure } from '../logFailure';
import type { HomeSiteResolver, HomeSiteWeb } from '../settings/homeSite';
import { toServiceError } from '../toServiceError';
import type { GroupsService } from './GroupsService';
import { groupStores, type GroupStores } from './groupStores';

const RULE_FIELDS: readonly JobFunctionsColumn[] = ['Title', 'JobFunction'];

/** SharePoint answers at most 5,000 items a page; a registry or map of that size is far beyond any tenant's. */
const LIST_PAGE = 5000;
/** Graph's largest page of directory objects. */
const MEMBER_PAGE = 999;
/** Graph allows at most 15 values in an `in` clause of a directory `$filter`. */
const IN_CLAUSE_LIMIT = 15;

interface GroupDetailsPayload {
  id?: string;
  description?: string | null;
  visibility?: string | null;
}

type Details = Pick<InterestGroup, 'description' | 'visibility' | 'memberCount'>;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += size) {
    result.push(values.slice(start, start + size));
  }
  return result;
}

function detailsCall(ids: readonly string[]): BatchCall<GroupDetailsPayload[]> {
  const list = ids.map((id) => `'${id}'`).join(',');
  return (g) => g.groups.filter(`id in (${list})`).select('id', 'description', 'visibility')<GroupDetailsPayload[]>();
}

/** `members?$count=true&$top=1`: Graph counts directory relationships only as an advanced query. */
function memberCountCall(groupId: string): BatchCall<number> {
  return async (g) => {
    const members = GraphCollection(GraphQueryable(g.groups.getById(groupId), 'members')).using(
      Paged(true),
      ConsistencyLevel()
    );
    members.query.set('$count', 'true');
    members.top(1).select('id');
    const page = await members<{ count: number }>();
    return page.count;
  };
}

/** The registry on Kring's home site (SharePoint) and the groups themselves (Graph). */
export class SpGraphGroupsService implements GroupsService {
  private readonly stores: GroupStores;
  private readonly owners = new WindowCollector<Person[]>((ids) => this.loadOwners(ids));
  private readonly registryReads = new InFlight<GroupRegistry>();
  private readonly membershipReads = new InFlight<string[]>();
  private readonly memberReads = new InFlight<Person[]>();

  public constructor(
    private readonly graph: GraphFI,
    private readonly homeSite: HomeSiteResolver,
    cache: SessionCache
  ) {
    this.stores = groupStores(cache);
  }

  public async getRegistry(): Promise<GroupRegistry> {
    const site = await this.homeSite();
    const cached = this.stores.registry.get(site.url);
    return cached ? cached.value : this.registryReads.run(site.url, () => this.readRegistry(site));
  }

  private async readRegistry(site: HomeSiteWeb): Promise<GroupRegistry> {
    const lists = site.sp.web.lists;
    let items: SpInterestGroupItem[];
    let rules: SpJobFunctionItem[];
    try {
      [items, rules] = await Promise.all([
        lists
          .getByTitle(INTEREST_GROUPS_LIST.title)
          .items.select(...REGISTRY_ENTRY_FIELDS)
          .top(LIST_PAGE)<SpInterestGroupItem[]>(),
        lists
          .getByTitle(JOB_FUNCTIONS_LIST.title)
          .items.select(...RULE_FIELDS)
          .top(LIST_PAGE)<SpJobFunctionItem[]>()
      ]);
    } catch (error) {
      throw logFailure('groups.getRegistry', await toServiceError(error));
    }
    const registry: GroupRegistry = {
      groups: items
        .map(toInterestGroup)
        .filter((group): group is InterestGroup => group !== undefined)
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
      jobFunctionRules: rules.map(toJobFunctionRule).filter((rule): rule is JobFunctionRule => rule !== undefined)
    };
    this.stores.registry.put(site.url, registry);
    return registry;
  }

  /** After a membership change: the next read asks Graph again. */
  public forgetMemberships(): void {
    this.stores.myGroups.delete('me');
  }

  public async getMyGroupIds(): Promise<ReadonlySet<string>> {
    const cached = this.stores.myGroups.get('me');
    return new Set(cached ? cached.value : await this.membershipReads.run('me', () => this.readMyGroupIds()));
  }

  private async readMyGroupIds(): Promise<string[]> {
    let values: GraphDirectoryObjectPayload[];
    try {
      // One page of 999 (memberOf's maximum) holds the groups of anyone but a service account.
      values = await GraphCollection(GraphQueryable(this.graph.me, 'memberOf'))
        .select('id', 'displayName', 'visibility', 'groupTypes')
        .top(999)<GraphDirectoryObjectPayload[]>();
    } catch (error) {
      throw logFailure('groups.getMyGroupIds', await toServiceError(error));
    }
    const ids = toPersonGroups(values).map((group) => group.id.toLowerCase());
    this.stores.myGroups.put('me', ids);
    return ids;
  }

  public async withDetails(groups: readonly InterestGroup[]): Promise<InterestGroup[]> {
    const missing = groups.filter((group) => !this.stores.details.get(group.id));
    if (missing.length > 0) {
      await this.loadDetails(missing.map((group) => group.id));
    }
    return groups.map((group) => ({ ...group, ...this.stores.details.get(group.id)?.value }));
  }

  private async loadDetails(ids: readonly string[]): Promise<void> {
    const calls = new Map<string, BatchCall<unknown>>();
    chunks(ids, IN_CLAUSE_LIMIT).forEach((chunk, index) => calls.set(`details:${index}`, detailsCall(chunk)));
    ids.forEach((id) => calls.set(`count:${id}`, memberCountCall(id)));
    const answers = await runBatch(this.graph, calls);
    const details = new Map<string, Details>(ids.map((id) => [id, { description: '', visibility: 'Unknown' }]));
    for (const [key, answer] of answers) {
      if (!answer.ok) {
        throw logFailure('groups.withDetails', answer.error);
      }
      if (key.startsWith('count:')) {
        const entry = details.get(key.slice('count:'.length));
        if (entry) entry.memberCount = answer.value as number;
        continue;
      }
      for (const payload of answer.value as GroupDetailsPayload[]) {
        const entry = payload.id ? details.get(payload.id.toLowerCase()) : undefined;
        if (entry) {
          entry.description = payload.description?.trim() ?? '';
          entry.visibility =
            payload.visibility === 'Public' || payload.visibility === 'Private' ? payload.visibility : 'Unknown';
        }
      }
    }
    details.forEach((value, id) => this.stores.details.put(id, value));
  }

  public getOwners(groupId: string): Promise<Person[]> {
    return this.owners.request(groupId.toLowerCase());
  }

  private async loadOwners(ids: string[]): Promise<Map<string, Result<Person[]>>> {
    const calls = new Map<string, BatchCall<unknown>>(
      ids.map((id) => [
        id,
        (g) =>
          GraphCollection(GraphQueryable(g.groups.getById(id), 'owners'))
            .select(...PERSON_SELECT)
            .top(100)<GraphUserPayload[]>()
      ])
    );
    const answers = await runBatch(this.graph, calls);
    const owners = new Map<string, Result<Person[]>>();
    for (const [id, answer] of answers) {
      owners.set(id, answer.ok ? ok(toPeople(answer.value)) : failed(logFailure('groups.getOwners', answer.error)));
    }
    return owners;
  }

  public async getMembers(groupId: string): Promise<Person[]> {
    const id = groupId.toLowerCase();
    const cached = this.stores.members.get(id);
    return cached ? cached.value : this.memberReads.run(id, () => this.readMembers(id));
  }

  private async readMembers(groupId: string): Promise<Person[]> {
    let payloads: GraphUserPayload[];
    try {
      payloads = await GraphCollection(GraphQueryable(this.graph.groups.getById(groupId), 'members'))
        .select(...PERSON_SELECT)
        .top(MEMBER_PAGE)<GraphUserPayload[]>();
    } catch (error) {
      throw logFailure('groups.getMembers', await toServiceError(error));
    }
    const members = toPeople(payloads);
    this.stores.members.put(groupId, members);
    return members;
  }

  public async feedChannelOf(group: InterestGroup): Promise<ChannelRef> {
    if (group.feedChannelId) {
      return { groupId: group.id, channelId: group.feedChannelId };
    }
    const cached = this.stores.primaryChannel.get(group.id);
    if (cached) {
      return { groupId: group.id, channelId: cached.value };
    }
    let channel: { id: string };
    try {
      channel = await GraphQueryable(this.graph.teams.getById(group.id), 'primaryChannel').select('id')<{
        id: string;
      }>();
    } catch (error) {
      throw logFailure('groups.feedChannelOf', await toServiceError(error));
    }
    this.stores.primaryChannel.put(group.id, channel.id);
    return { groupId: group.id, channelId: channel.id };
  }
}
