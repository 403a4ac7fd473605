import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/search';
import { clientsFor, emulatorPerFile } from '../../support/emulatorPerFile';
import { PEOPLE_SOURCE, refinersOf, rowsOf } from '../../support/searchResults';
import { createBrowserClients } from '../../../src/services/clients';
import { toServiceError } from '../../../src/services/toServiceError';

const emulator = emulatorPerFile();
const clients = clientsFor(emulator, 'anne.devries@hogeschool.example');

describe('the running emulator serves the SharePoint lists and people search', () => {
  it('has the seeded registry and highlights', async () => {
    const registry = await clients.sp.web.lists
      .getByTitle('Kring Interest Groups')
      .items.select('Title', 'GroupId', 'Featured')
      .top(100)();
    expect(registry).toHaveLength(40);
    const groups = await (
      await fetch(`${emulator.graphUrl}/groups?$top=100&$select=id`, {
        headers: { Authorization: `Bearer ${await emulator.token()}` }
      })
    ).json();
    const groupIds = new Set((groups as { value: { id: string }[] }).value.map((group) => group.id));
    expect(registry.every((item: { GroupId: string }) => groupIds.has(item.GroupId))).toBe(true);

    // A year of accepted answers and learning resources of 40 groups: about 1,100, under the list view threshold.
    const highlights = await clients.sp.web.lists.getByTitle('Kring Highlights').select('ItemCount')();
    expect(highlights.ItemCount).toBeGreaterThanOrEqual(800);
    expect(highlights.ItemCount).toBeLessThanOrEqual(2000);
  });

  it('finds people by skill with refiners over the seeded 1,500 staff', async () => {
    const results = await clients.sp.search({
      Querytext: 'Skills:Toetsing OR Skills:Assessment',
      SourceId: PEOPLE_SOURCE,
      RowLimit: 10,
      SelectProperties: ['PreferredName', 'Skills', 'Department'],
      Refiners: 'Department'
    });
    expect(results.TotalRows).toBeGreaterThan(10);
    for (const row of rowsOf(results)) {
      expect(String(row.Skills)).toMatch(/toetsing|assessment/i);
    }
    const departmentTotal = refinersOf(results)[0].Entries.reduce(
      (sum, entry) => sum + Number(entry.RefinementCount),
      0
    );
    expect(departmentTotal).toBeLessThanOrEqual(results.TotalRows);
  });

  it('applies faults to SharePoint calls, which PnPjs retries, and logs them', async () => {
    await emulator.clearRequests();
    await emulator.setFaults({ failureRate: 1, statuses: [503], retryAfterSeconds: 0, count: 1 });
    const web = await clients.sp.web.select('Title')();
    expect(web.Title).toBe('Intranet');
    const logged = (await emulator.requests()).filter((entry) => entry.url.startsWith('/sites/intranet/_api/web'));
    expect(logged.map((entry) => entry.status)).toEqual([503, 200]);
  });

  it('reseeds the lists on reset', async () => {
    // Only the intranet's site owners may write Kring Highlights; everyone else reads it.
    const highlights = clientsFor(emulator, 'ingrid.mulder@hogeschool.example').sp.web.lists.getByTitle(
      'Kring Highlights'
    );
    const { ItemCount: before } = await highlights.select('ItemCount')();
    await highlights.items.add({ Title: 'Temporary', Kind: 'LearningResource' });
    expect((await highlights.select('ItemCount')()).ItemCount).toBe(before + 1);
    await emulator.reset();
    expect((await highlights.select('ItemCount')()).ItemCount).toBe(before);
  }, 60_000);

  it('rejects SharePoint calls without a valid token', async () => {
    const anonymous = createBrowserClients({
      graphBaseUrl: emulator.graphUrl,
      spBaseUrl: emulator.spUrl,
      getToken: () => 'not-a-token'
    });
    const failure = await toServiceError(await anonymous.sp.web().catch((error: unknown) => error));
    expect(failure.status).toBe(401);
  });
});
