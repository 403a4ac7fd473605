import { memoryStore, sessionCacheFor } from '../../../src/services/cache/SessionCache';
import type { GroupsService } from '../../../src/services/groups/GroupsService';
import { SpGraphGroupsService } from '../../../src/services/groups/SpGraphGroupsService';
import { homeSiteResolver } from '../../../src/services/settings/homeSite';
import { TenantSettingsService } from '../../../src/services/settings/TenantSettingsService';
import { SpGraphRegistryService } from '../../../src/services/registry/SpGraphRegistryService';
import { clientsFor, emulatorPerFile } from '../../support/emulatorPerFile';

const ANNE = 'anne.devries@hogeschool.example';
/** A site owner of the intranet: only site owners may change the registry lists, as the product needs them to. */
const CURATOR = 'ingrid.mulder@hogeschool.example';
const TOETSING = 'Toetsing en beoordeling';

const emulator = emulatorPerFile();

interface Curating {
  services: { groups: GroupsService };
  registry: SpGraphRegistryService;
  changes: () => number;
}

/**
 * The groups service as `user`, as createServices builds it, and a registry service on the same clients and the
 * same session cache (node has no session storage, so the test hands both one store, as the page's storage would).
 */
function curatingAs(user: string): Curating {
  const clients = clientsFor(emulator, user);
  const cache = sessionCacheFor(user, memoryStore());
  const homeSite = homeSiteResolver(new TenantSettingsService(clients.sp, undefined, cache), clients.spFor);
  let changes = 0;
  const registry = new SpGraphRegistryService(clients.graph, homeSite, cache, () => {
    changes++;
  });
  return {
    services: { groups: new SpGraphGroupsService(clients.graph, homeSite, cache) },
    registry,
    changes: () => changes
  };
}

beforeEach(async () => {
  await emulator.reset();
});

describe('RegistryService against the emulator', () => {
  it('lets a site owner of the intranet curate', async () => {
    const { registry } = curatingAs(CURATOR);
    await expect(registry.canCurate()).resolves.toBe(true);
  });

  it('finds Microsoft 365 groups by a word of their name, with their team, in one request', async () => {
    const { registry } = curatingAs(ANNE);
    await emulator.clearRequests();
    const found = await registry.findGroups('toets');
    expect(found[0]).toMatchObject({ displayName: TOETSING, hasTeam: true });
    expect((await emulator.requests()).map((request) => request.url)).toEqual([
      expect.stringMatching(/^\/v1\.0\/groups\?(%24|\$)search=%22displayName/)
    ]);
    await expect(registry.findGroups('t')).resolves.toEqual([]);
  });

  it("lists a team's channels with General first", async () => {
    const { registry } = curatingAs(ANNE);
    const [group] = await registry.findGroups(TOETSING);
    const { channels, primaryChannelId } = await registry.channelsOf(group.id);
    expect(channels[0].id).toBe(primaryChannelId);
    expect(channels[0].displayName).toBe('General');
  });

  it('removes, adds and updates entries; the groups service reads the change at once', async () => {
    const { services, registry, changes } = curatingAs(CURATOR);
    const before = await services.groups.getRegistry();
    const toetsing = before.groups.find((group) => group.displayName === TOETSING);
    if (!toetsing) throw new Error('seeded group missing');

    await registry.removeGroup(toetsing.registryItemId);
    expect((await services.groups.getRegistry()).groups.map((group) => group.id)).not.toContain(toetsing.id);

    const added = await registry.addGroup({
      groupId: toetsing.id,
      displayName: TOETSING,
      jobFunctions: ['Docent'],
      topics: ['Toetsing'],
      featured: true,
      curatorIds: ['A1B2C3D4-0000-0000-0000-000000000001'],
      feedChannelId: undefined
    });
    expect(added).toMatchObject({ id: toetsing.id, featured: true, feedChannelId: undefined });
    expect(added.curatorIds).toEqual(['a1b2c3d4-0000-0000-0000-000000000001']);
    const read = (await services.groups.getRegistry()).groups.find((group) => group.id === toetsing.id);
    expect(read).toMatchObject({ jobFunctions: ['Docent'], topics: ['Toetsing'], featured: true });

    await registry.updateGroup(added.registryItemId, { featured: false, jobFunctions: ['Docent', 'Onderzoeker'] });
    const entries = await registry.getEntries();
    expect(entries.find((group) => group.id === toetsing.id)).toMatchObject({
      featured: false,
      jobFunctions: ['Docent', 'Onderzoeker'],
      curatorIds: ['a1b2c3d4-0000-0000-0000-000000000001']
    });
    expect(changes()).toBe(3);
  });

  it('names curators from their ids in one $batch, leaving out ids nobody has', async () => {
    const { registry } = curatingAs(ANNE);
    const me = await clientsFor(emulator, ANNE).graph.me.select('id')<{ id: string }>();
    await emulator.clearRequests();
    const people = await registry.getPeople([me.id.toUpperCase(), '0badc0de-0000-4000-8000-000000000000', me.id]);
    expect(people.map((person) => person.userPrincipalName)).toEqual([ANNE]);
    expect((await emulator.requests()).filter((request) => !request.batch)).toHaveLength(1);
  });

  it('adds, updates and removes rules of the job-title map', async () => {
    const { services, registry } = curatingAs(CURATOR);
    const seeded = await registry.getJobFunctionRules();
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded.every((rule) => rule.itemId > 0)).toBe(true);

    const rule = await registry.addRule({ titlePart: 'bibliothecaris', jobFunction: 'Ondersteuning' });
    expect((await services.groups.getRegistry()).jobFunctionRules).toContainEqual({
      titlePart: 'bibliothecaris',
      jobFunction: 'Ondersteuning'
    });
    await registry.updateRule(rule.itemId, { jobFunction: 'Bibliotheek' });
    expect(await registry.getJobFunctionRules()).toContainEqual({ ...rule, jobFunction: 'Bibliotheek' });
    await registry.removeRule(rule.itemId);
    expect((await registry.getJobFunctionRules()).map((r) => r.itemId)).not.toContain(rule.itemId);
  });

  it('reports a gone group and a gone feed channel, checking every entry in one $batch', async () => {
    const { registry } = curatingAs(CURATOR);
    const [first] = await registry.getEntries();
    await registry.updateGroup(first.registryItemId, { feedChannelId: '19:doesnotexist@thread.tacv2' });
    const ghost = await registry.addGroup({
      groupId: '0badc0de-0000-4000-8000-000000000000',
      displayName: 'Opgeheven groep',
      jobFunctions: [],
      topics: [],
      featured: false,
      curatorIds: []
    });
    const entries = await registry.getEntries();
    await emulator.clearRequests();
    const problems = await registry.findProblems(entries);
    expect(problems.map((problem) => [problem.kind, problem.group.registryItemId])).toEqual([
      ['groupGone', ghost.registryItemId],
      ['channelGone', first.registryItemId]
    ]);
    const posts = (await emulator.requests()).filter((request) => !request.batch);
    expect(posts.every((request) => request.url === '/v1.0/$batch')).toBe(true);
  });
});
