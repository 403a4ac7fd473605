import type { KringServices } from '../../../src/services/KringServices';
import { jobFunctionsOf } from '../../../src/model/feed/jobFunctions';
import { suggestGroups } from '../../../src/model/feed/suggestGroups';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { servicesFor } from '../../support/kringServices';

const ANNE = 'anne.devries@hogeschool.example';
const SANNE = 'sanne.jansen@hogeschool.example';

const emulator = emulatorPerFile();

const servicesAs = (user: string): KringServices => servicesFor(emulator, user);

beforeEach(async () => {
  await emulator.clearRequests();
});

describe('GroupsService against the emulator', () => {
  it('reads the registry and the job-function map from the home site in two requests, then from the cache', async () => {
    const services = servicesAs(ANNE);
    const registry = await services.groups.getRegistry();
    expect(registry.groups).toHaveLength(40);
    const toetsing = registry.groups.find((group) => group.displayName === 'Toetsing en beoordeling');
    expect(toetsing?.jobFunctions).toContain('Docent');
    expect(toetsing?.feedChannelId).toMatch(/^19:.+@thread\.tacv2$/);
    expect(jobFunctionsOf('Hoofddocent', registry.jobFunctionRules)).toEqual(['Docent']);

    const listCalls = (await emulator.requests()).filter((request) => request.url.includes('/items'));
    expect(listCalls).toHaveLength(2);
    await emulator.clearRequests();
    await services.groups.getRegistry();
    expect((await emulator.requests()).filter((request) => request.url.includes('/items'))).toHaveLength(0);
  });

  it("knows Anne's memberships and suggests a docent the groups for docents she is not in", async () => {
    const anne = servicesAs(ANNE);
    const mine = await anne.groups.getMyGroupIds();
    const registry = await anne.groups.getRegistry();
    const hers = registry.groups.filter((group) => mine.has(group.id)).map((group) => group.displayName);
    expect(hers).toEqual(expect.arrayContaining(['Toetsing en beoordeling', 'Teamleiders overleg']));

    const sanne = servicesAs(SANNE);
    const sannes = await sanne.groups.getMyGroupIds();
    const suggestions = suggestGroups(
      registry.groups,
      { jobFunctions: jobFunctionsOf('Docent', registry.jobFunctionRules), topics: [] },
      (id) => sannes.has(id)
    );
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((suggestion) => !sannes.has(suggestion.group.id))).toBe(true);
    expect(suggestions[0].jobFunctions).toContain('Docent');
  });

  it('fills in description, visibility and member count of every group in one $batch', async () => {
    const services = servicesAs(ANNE);
    const { groups } = await services.groups.getRegistry();
    await emulator.clearRequests();
    const detailed = await services.groups.withDetails(groups);
    const batches = (await emulator.requests()).filter((request) => !request.batch);
    expect(batches.map((request) => request.url)).toEqual(['/v1.0/$batch', '/v1.0/$batch', '/v1.0/$batch']);
    const privateGroup = detailed.find((group) => group.displayName === 'Teamleiders overleg');
    expect(privateGroup?.visibility).toBe('Private');
    expect(detailed.every((group) => typeof group.memberCount === 'number' && group.memberCount > 0)).toBe(true);
    expect(detailed.filter((group) => group.description !== '').length).toBe(40);

    await emulator.clearRequests();
    await services.groups.withDetails(groups);
    expect(await emulator.requests()).toHaveLength(0);
  });

  it('asks for the owners of all the groups shown together, in one $batch', async () => {
    const services = servicesAs('daan.bakker@hogeschool.example');
    const { groups } = await services.groups.getRegistry();
    const named = (name: string) => groups.find((group) => group.displayName === name)?.id as string;
    await emulator.clearRequests();
    const [teamleiders, lerarenopleidingen] = await Promise.all([
      services.groups.getOwners(named('Teamleiders overleg')),
      services.groups.getOwners(named('Lerarenopleidingen'))
    ]);
    expect(teamleiders.map((owner) => owner.displayName)).toContain('Ingrid Mulder');
    expect(lerarenopleidingen.map((owner) => owner.displayName)).toContain('Anne de Vries');
    const roundTrips = (await emulator.requests()).filter((request) => !request.batch);
    expect(roundTrips.map((request) => request.url)).toEqual(['/v1.0/$batch']);
  });

  it("reads a group's members once a session, for mention suggestions", async () => {
    const services = servicesAs(ANNE);
    const { groups } = await services.groups.getRegistry();
    const group = groups.find((entry) => entry.displayName === 'Lerarenopleidingen') as (typeof groups)[number];
    await emulator.clearRequests();
    const members = await services.groups.getMembers(group.id);
    expect(members.length).toBeGreaterThan(1);
    expect(members.map((member) => member.displayName)).toContain('Anne de Vries');
    expect(members.every((member) => member.id && member.userPrincipalName)).toBe(true);
    const again = await services.groups.getMembers(group.id.toUpperCase());
    expect(again).toEqual(members);
    const reads = (await emulator.requests()).map((request) => request.url);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toContain(`/v1.0/groups/${group.id}/members`);
  });

  it("resolves a group's feed channel from the registry without asking Graph", async () => {
    const services = servicesAs(ANNE);
    const [group] = (await services.groups.getRegistry()).groups;
    await emulator.clearRequests();
    const channel = await services.groups.feedChannelOf(group);
    expect(channel).toEqual({ groupId: group.id, channelId: group.feedChannelId });
    expect(await emulator.requests()).toHaveLength(0);

    const primary = await services.groups.feedChannelOf({ ...group, feedChannelId: undefined });
    expect(primary.channelId).toBe(group.feedChannelId);
  });
});
