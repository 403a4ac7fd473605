import '@pnp/graph/users';
import '@pnp/graph/groups';
import '@pnp/graph/members';
import '@pnp/graph/teams';
import '@pnp/graph/batching';
import { createBrowserClients, type KringClients } from '../../../src/services/clients';
import { createServices } from '../../../src/services/createServices';
import { ServiceError } from '../../../src/services/ServiceError';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { ANNE, DAAN } from './graphClient';

const emulator = emulatorPerFile();

function clientsFor(upn: string): KringClients {
  return createBrowserClients({
    graphBaseUrl: emulator.graphUrl,
    spBaseUrl: emulator.spUrl,
    getToken: () => emulator.token(upn)
  });
}

beforeEach(async () => {
  await emulator.clearFaults();
  await emulator.clearRequests();
});

describe('the product clients against the emulator', () => {
  it('reads the signed-in user through the product services', async () => {
    const services = createServices(clientsFor(DAAN));
    const me = await services.people.getMe();
    expect(me).toMatchObject({
      displayName: 'Daan Bakker',
      userPrincipalName: DAAN,
      jobTitle: 'Beleidsadviseur',
      department: 'Dienst Onderwijs en Onderzoek'
    });
  });

  it('pages through all users with PnPjs async iteration following @odata.nextLink', async () => {
    const { graph } = clientsFor(ANNE);
    let total = 0;
    let pages = 0;
    for await (const page of graph.users.select('id', 'displayName').top(400)) {
      total += (page as unknown[]).length;
      pages++;
    }
    expect(total).toBe(1500);
    expect(pages).toBe(4);
  });

  it('splits a batch of 45 reads into three $batch posts of at most 20 and answers all of them', async () => {
    const { graph } = clientsFor(ANNE);
    const reports = await graph.me.directReports.select('id')<Array<{ id: string }>>();
    const groups = await graph.groups.select('id').top(40)<Array<{ id: string }>>();
    await emulator.clearRequests();
    const [batchedGraph, execute] = graph.batched();
    const reads: Array<Promise<unknown>> = [];
    for (const group of groups) {
      reads.push(batchedGraph.groups.getById(group.id).select('displayName')());
    }
    for (const report of reports.slice(0, 5)) {
      reads.push(batchedGraph.users.getById(report.id).select('displayName')());
    }
    await execute();
    const results = (await Promise.all(reads)) as Array<{ displayName: string }>;
    expect(results).toHaveLength(groups.length + Math.min(5, reports.length));
    expect(results.every((r) => typeof r.displayName === 'string')).toBe(true);
    const log = await emulator.requests();
    const posts = log.filter((entry) => entry.url === '/v1.0/$batch');
    expect(posts).toHaveLength(Math.ceil(results.length / 20));
    expect(log.filter((entry) => entry.batch)).toHaveLength(results.length);
  });

  it('retries a throttled request after Retry-After, as PnPjs does', async () => {
    const services = createServices(clientsFor(ANNE));
    await emulator.setFaults({ failureRate: 1, statuses: [429], retryAfterSeconds: 1, count: 1 });
    const started = Date.now();
    const me = await services.people.getMe();
    const elapsed = Date.now() - started;
    expect(me.userPrincipalName).toBe(ANNE);
    const log = await emulator.requests();
    expect(log.map((entry) => entry.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
  });

  it('surfaces persistent failures as typed ServiceErrors with the Graph code and Retry-After', async () => {
    const services = createServices(clientsFor(ANNE));
    await emulator.setFaults({ failureRate: 1, statuses: [503], retryAfterSeconds: 0 });
    const failure = await services.people.getMe().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).status).toBe(503);
    expect((failure as ServiceError).code).toBe('ServiceUnavailable');
  }, 30_000);

  it('joins and leaves a public group through PnPjs members, where the tenant accepts self-service joins', async () => {
    // Graph documents owner-only membership changes (the emulator's default); this checks the PnPjs calls under the
    // permissive behaviour field reports describe. The default refusal is covered in groupMembershipPolicy.test.ts.
    await emulator.setMembership({ selfService: 'permissive' });
    const { graph } = clientsFor(DAAN);
    const [group] = await graph.groups.filter("displayName eq 'Open science'").select('id')<Array<{ id: string }>>();
    const me = await graph.me.select('id')<{ id: string }>();
    await graph.groups.getById(group.id).members.add(`https://graph.microsoft.com/v1.0/directoryObjects/${me.id}`);
    const members = await graph.groups.getById(group.id).members.select('id').top(999)<Array<{ id: string }>>();
    expect(members.map((m) => m.id)).toContain(me.id);
    await graph.groups.getById(group.id).members.getById(me.id).remove();
    const after = await graph.groups.getById(group.id).members.select('id').top(999)<Array<{ id: string }>>();
    expect(after.map((m) => m.id)).not.toContain(me.id);
    await emulator.setMembership({ selfService: 'documented' });
  });
});
