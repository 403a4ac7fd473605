import { ConsistencyLevel, GraphCollection, GraphQueryable, type GraphFI } from '@pnp/graph';
import '@pnp/graph/groups';
import '@pnp/graph/teams';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import type { IList } from '@pnp/sp/lists';
import type { InterestGroup } from '../../model/feed/InterestGroup';
import type { Person } from '../../model/Person';
import { toInterestGroup, type SpInterestGroupItem } from '../../model/feed/registryItems';
import { registryProblems, type RegistryProblem } from '../../model/feed/registryProblems';
import type { SessionCache } from '../cache/SessionCache';
import { groupStores, type GroupStores } from '../groups/groupStores';
import { runBatch, type BatchCall } from '../graph/runBatch';
import type { Result } from '../Result';
import { INTEREST_GROUPS_LIST, JOB_FUNCTIONS_LIST, REGISTRY_ENTRY_FIELDS } from '../lists/kringLists';
import { logFailure } from '../logFailure';
import { ServiceError } from '../ServiceError';
import type { HomeSiteResolver } from '../settings/homeSite';
import { toServiceError } from '../toServiceError';
import { checkGroups, usersByIds } from './registryChecks';
import {
  rankCandidates,
  searchClause,
  toGroupCandidate,
  toRegistryFields,
  toRuleFields,
  toRuleItem,
  type GraphGroupCandidatePayload,
  type SpRuleItem
} from './registryFields';
import type {
  ChannelOption,
  GroupCandidate,
  JobFunctionRuleFields,
  JobFunctionRuleItem,
  NewRegistryEntry,
  RegistryEntryFields,
  RegistryService,
  TeamChannels
} from './RegistryService';

const CANDIDATE_FIELDS = [
  'id',
  'displayName',
  'description',
  'visibility',
  'groupTypes',
  'resourceProvisioningOptions'
];
/** SharePoint's AddListItems and EditListItems rights: bits 1 and 2 of the low half of `SP.BasePermissions`. */
const ADD_AND_EDIT_ITEMS_MASK = 0x2 | 0x4;
const LIST_PAGE = 5000;
const CANDIDATES = 25;

const byName = (a: { displayName: string }, b: { displayName: string }): number =>
  a.displayName.localeCompare(b.displayName, 'nl');

/** The registry lists on Kring's home site (SharePoint) and the tenant's groups and teams (Graph). */
export class SpGraphRegistryService implements RegistryService {
  private readonly groupStores: GroupStores;

  /**
   * @param cache the session cache the groups service keeps the registry in (store `registry`, by home site): a
   *   change clears it there.
   * @param onChange called after every change, e.g. for other views to read the registry again.
   */
  public constructor(
    private readonly graph: GraphFI,
    private readonly homeSite: HomeSiteResolver,
    cache: SessionCache,
    private readonly onChange: () => void = () => undefined
  ) {
    this.groupStores = groupStores(cache);
  }

  private async list(title: string): Promise<{ list: IList; url: string }> {
    const site = await this.homeSite();
    return { list: site.sp.web.lists.getByTitle(title), url: site.url };
  }

  /** Runs a change of a list, then forgets the cached registry of that site; failures as logged ServiceErrors. */
  private async change<T>(operation: string, listTitle: string, run: (list: IList) => Promise<T>): Promise<T> {
    const { list, url } = await this.list(listTitle);
    let result: T;
    try {
      result = await run(list);
    } catch (error) {
      throw logFailure(operation, await toServiceError(error));
    }
    this.groupStores.registry.delete(url);
    this.onChange();
    return result;
  }

  public async canCurate(): Promise<boolean> {
    const { list } = await this.list(INTEREST_GROUPS_LIST.title);
    try {
      const permissions = await list.getCurrentUserEffectivePermissions();
      return (Number(permissions.Low) & ADD_AND_EDIT_ITEMS_MASK) === ADD_AND_EDIT_ITEMS_MASK;
    } catch (error) {
      const failure = await toServiceError(error);
      if (failure.kind === 'forbidden' || failure.kind === 'notFound') return false;
      throw logFailure('registry.canCurate', failure);
    }
  }

  public async getEntries(): Promise<InterestGroup[]> {
    const { list } = await this.list(INTEREST_GROUPS_LIST.title);
    let items: SpInterestGroupItem[];
    try {
      items = await list.items.select(...REGISTRY_ENTRY_FIELDS).top(LIST_PAGE)<SpInterestGroupItem[]>();
    } catch (error) {
      throw logFailure('registry.getEntries', await toServiceError(error));
    }
    return items
      .map(toInterestGroup)
      .filter((group): group is InterestGroup => group !== undefined)
      .sort(byName);
  }

  public async findGroups(query: string): Promise<GroupCandidate[]> {
    const clause = searchClause(query);
    if (!clause) return [];
    let payloads: GraphGroupCandidatePayload[];
    try {
      payloads = await this.graph.groups
        .using(ConsistencyLevel())
        .search(clause)
        .select(...CANDIDATE_FIELDS)
        .top(CANDIDATES)<GraphGroupCandidatePayload[]>();
    } catch (error) {
      throw logFailure('registry.findGroups', await toServiceError(error));
    }
    const candidates = payloads.map(toGroupCandidate).filter((c): c is GroupCandidate => c !== undefined);
    return rankCandidates(candidates, query);
  }

  public async channelsOf(groupId: string): Promise<TeamChannels> {
    const calls = new Map<string, BatchCall<unknown>>([
      [
        'channels',
        (g) => GraphCollection(GraphQueryable(g.teams.getById(groupId), 'channels')).select('id', 'displayName')()
      ],
      ['primary', (g) => GraphQueryable(g.teams.getById(groupId), 'primaryChannel').select('id')()]
    ]);
    const answers = await runBatch(this.graph, calls);
    const channels = answers.get('channels') as Result<ChannelOption[]>;
    const primary = answers.get('primary') as Result<{ id: string }>;
    if (!channels.ok) throw logFailure('registry.channelsOf', channels.error);
    if (!primary.ok) throw logFailure('registry.channelsOf', primary.error);
    const primaryChannelId = primary.value.id;
    const options = channels.value.map(({ id, displayName }) => ({ id, displayName }));
    options.sort((a, b) => Number(b.id === primaryChannelId) - Number(a.id === primaryChannelId) || byName(a, b));
    return { channels: options, primaryChannelId };
  }

  public async addGroup(entry: NewRegistryEntry): Promise<InterestGroup> {
    const fields = { ...toRegistryFields(entry), GroupId: entry.groupId.toLowerCase() };
    const added = await this.change('registry.addGroup', INTEREST_GROUPS_LIST.title, (list) => list.items.add(fields));
    const group = toInterestGroup(added as SpInterestGroupItem);
    if (!group) {
      throw logFailure(
        'registry.addGroup',
        new ServiceError('failed', 'SharePoint answered no item for the new entry.')
      );
    }
    return group;
  }

  public async updateGroup(itemId: number, changes: Partial<RegistryEntryFields>): Promise<void> {
    await this.change('registry.updateGroup', INTEREST_GROUPS_LIST.title, (list) =>
      list.items.getById(itemId).update(toRegistryFields(changes))
    );
  }

  public async removeGroup(itemId: number): Promise<void> {
    await this.change('registry.removeGroup', INTEREST_GROUPS_LIST.title, (list) =>
      list.items.getById(itemId).delete()
    );
  }

  public async getJobFunctionRules(): Promise<JobFunctionRuleItem[]> {
    const { list } = await this.list(JOB_FUNCTIONS_LIST.title);
    let items: SpRuleItem[];
    try {
      items = await list.items.select('Id', 'Title', 'JobFunction').top(LIST_PAGE)<SpRuleItem[]>();
    } catch (error) {
      throw logFailure('registry.getJobFunctionRules', await toServiceError(error));
    }
    return items
      .map(toRuleItem)
      .filter((rule): rule is JobFunctionRuleItem => rule !== undefined)
      .sort((a, b) => a.titlePart.localeCompare(b.titlePart, 'nl'));
  }

  public async addRule(rule: JobFunctionRuleFields): Promise<JobFunctionRuleItem> {
    const added = await this.change('registry.addRule', JOB_FUNCTIONS_LIST.title, (list) =>
      list.items.add(toRuleFields(rule))
    );
    const item = toRuleItem(added as SpRuleItem);
    if (!item) {
      throw logFailure('registry.addRule', new ServiceError('failed', 'SharePoint answered no item for the new rule.'));
    }
    return item;
  }

  public async updateRule(itemId: number, changes: Partial<JobFunctionRuleFields>): Promise<void> {
    await this.change('registry.updateRule', JOB_FUNCTIONS_LIST.title, (list) =>
      list.items.getById(itemId).update(toRuleFields(changes))
    );
  }

  public async removeRule(itemId: number): Promise<void> {
    await this.change('registry.removeRule', JOB_FUNCTIONS_LIST.title, (list) => list.items.getById(itemId).delete());
  }

  public getPeople(ids: readonly string[]): Promise<Person[]> {
    return usersByIds(this.graph, ids);
  }

  public async findProblems(groups: readonly InterestGroup[]): Promise<RegistryProblem[]> {
    const checks = await checkGroups(
      this.graph,
      groups.map((group) => group.id)
    );
    return registryProblems(groups, checks);
  }
}
