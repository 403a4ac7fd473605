import type { AddressInfo } from 'net';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/search';
import type { IRefiner, SearchResults } from '@pnp/sp/search';
import type { ISearchQuery } from '@pnp/sp/search';
import { buildServer, type EmulatorServer } from '../../../emulator/server';
import { seedDatabase } from '../../../emulator/seed';
import { openDatabase } from '../../../emulator/store/database';
import { registerSharePointRoutes, seedSharePointLists } from '../../../emulator/sharepoint';
import { INTEREST_GROUPS } from '../../../emulator/seed/interestGroupCatalog';
import { createBrowserClients, type KringClients } from '../../../src/services/clients';
import { toServiceError } from '../../../src/services/toServiceError';

type ResultRow = Record<string, unknown>;

function rowsOf(results: SearchResults): ResultRow[] {
  return results.PrimarySearchResults as unknown as ResultRow[];
}

function refinersOf(results: SearchResults): IRefiner[] {
  const refiners = results.RawSearchResults.PrimaryQueryResult?.RefinementResults?.Refiners;
  if (!refiners) {
    throw new Error('The search result has no refiners.');
  }
  return refiners;
}

const PEOPLE_SOURCE = 'b09a7990-05ea-4af9-81ef-edfab16c4e31';
const ANNE = 'anne.devries@hogeschool.example';

let server: EmulatorServer;
let baseUrl: string;
let siteUrl: string;
let clients: KringClients;
let anneToken: string;
let database: ReturnType<typeof openDatabase>;

async function tokenFor(user?: string): Promise<string> {
  const response = await fetch(`${baseUrl}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(user ? { user } : {})
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function raw(path: string, init: RequestInit & { accept?: string } = {}): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(`${siteUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${anneToken}`, Accept: init.accept ?? 'application/json;odata=nometadata', ...(init.headers as Record<string, string>) }
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as unknown), headers: response.headers };
}

beforeAll(async () => {
  const db = openDatabase(':memory:');
  database = db;
  seedDatabase(db, { people: 300, seed: 20260901 }, seedSharePointLists);
  server = await buildServer({ db, sharePoint: { seed: seedSharePointLists, register: registerSharePointRoutes } });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  siteUrl = `${baseUrl}/sites/intranet`;
  anneToken = await tokenFor(ANNE);
  clients = createBrowserClients({ graphBaseUrl: `${baseUrl}/v1.0`, spBaseUrl: siteUrl, getToken: () => anneToken });
}, 60_000);

afterAll(async () => {
  await server?.app.close();
});

describe('SharePoint lists through @pnp/sp', () => {
  it('reads the web and the list metadata', async () => {
    const web = await clients.sp.web.select('Title', 'ServerRelativeUrl')();
    expect(web).toMatchObject({ Title: 'Intranet', ServerRelativeUrl: '/sites/intranet' });
    expect(web).not.toHaveProperty('Url');
    const unknown = await toServiceError(await clients.sp.web.select('Nope')().catch((error: unknown) => error));
    expect(unknown.status).toBe(400);
    const list = await clients.sp.web.lists.getByTitle('Kring Highlights').select('Title', 'ItemCount', 'ListItemEntityTypeFullName')();
    expect(list.ListItemEntityTypeFullName).toBe('SP.Data.KringHighlightsListItem');
    expect(list.ItemCount).toBeGreaterThan(50);
  });

  it('seeds one registry item per interest group, featured as in the catalogue', async () => {
    const registry = clients.sp.web.lists.getByTitle('Kring Interest Groups');
    const all = await registry.items.select('Title', 'GroupId', 'JobFunctions', 'Topics', 'Featured').top(500)();
    expect(all).toHaveLength(INTEREST_GROUPS.length);
    const featured = await registry.items.filter('Featured eq 1').select('Title')();
    expect(featured.map((item: { Title: string }) => item.Title).sort()).toEqual(INTEREST_GROUPS.filter((g) => g.featured).map((g) => g.displayName).sort());
    const toetsing = all.find((item: { Title: string }) => item.Title === 'Toetsing en beoordeling');
    expect(toetsing.JobFunctions).toEqual(['Docent', 'Examencommissie']);
    expect(toetsing.Topics).toEqual(['Toetsing', 'Feedbackgeletterdheid']);
  });

  it('filters, selects and orders highlights, and pages through all of them with the skip token', async () => {
    const highlights = clients.sp.web.lists.getByTitle('Kring Highlights');
    const answers = await highlights.items
      .filter("Kind eq 'AcceptedAnswer' and Topics eq 'Toetsing'")
      .select('Id', 'Kind', 'Topics', 'Created', 'ReplyId', 'ContributorId')
      .orderBy('Created', false)
      .top(5)();
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.Kind).toBe('AcceptedAnswer');
      expect(answer.Topics).toContain('Toetsing');
      expect(answer.ReplyId).not.toBe('');
    }
    const created = answers.map((answer: { Created: string }) => answer.Created);
    expect([...created].sort().reverse()).toEqual(created);

    const { ItemCount } = await highlights.select('ItemCount')();
    const seen = new Set<number>();
    for await (const page of highlights.items.select('Id').top(100)) {
      for (const item of page as { Id: number }[]) {
        seen.add(item.Id);
      }
    }
    expect(seen.size).toBe(ItemCount);
  });

  it('creates, updates with the ETag, refuses a stale ETag with 412 and deletes', async () => {
    const items = clients.sp.web.lists.getByTitle('Kring Highlights').items;
    const added = await items.add({
      Title: 'How we grade portfolios',
      Kind: 'LearningResource',
      GroupId: 'g1',
      TeamId: 'g1',
      ChannelId: 'c1',
      MessageId: 'm1',
      ContributorId: 'u1',
      CuratorId: 'u2',
      Topics: ['Toetsing', 'Assessment']
    });
    expect(added.Id).toBeGreaterThan(0);
    expect(added['odata.etag']).toBe('"1"');
    expect(added.Topics).toEqual(['Toetsing', 'Assessment']);

    const item = items.getById(added.Id);
    const updated = await item.update({ Title: 'How we grade portfolios (2026)' }, added['odata.etag']);
    expect(updated.etag).toBe('"2"');
    expect((await item.select('Title', 'Topics')()).Title).toBe('How we grade portfolios (2026)');

    const stale = await item.update({ Title: 'Lost update' }, '"1"').catch((error: unknown) => error);
    const staleError = await toServiceError(stale);
    expect(staleError.status).toBe(412);
    expect(staleError.kind).toBe('conflict');

    await item.update({ Topics: [] });
    expect((await item.select('Topics')()).Topics).toEqual([]);

    await item.delete('"3"');
    const missing = await toServiceError(await item().catch((error: unknown) => error));
    expect(missing.status).toBe(404);
    expect(missing.message).toBe('Item does not exist. It may have been deleted by another user.');
  });

  it('answers SharePoint errors for unknown lists, bad filters and bad payloads', async () => {
    const unknownList = await toServiceError(await clients.sp.web.lists.getByTitle('Nope').items().catch((error: unknown) => error));
    expect(unknownList.status).toBe(404);
    expect(unknownList.message).toMatch(/^List 'Nope' does not exist at site with URL/);

    const badFilter = await toServiceError(await clients.sp.web.lists.getByTitle('Kring Highlights').items.filter("Kind eq 'x' and")().catch((error: unknown) => error));
    expect(badFilter.status).toBe(400);

    const unknownField = await toServiceError(await clients.sp.web.lists.getByTitle('Kring Highlights').items.add({ Colour: 'red' }).catch((error: unknown) => error));
    expect(unknownField.status).toBe(400);
    expect(unknownField.message).toMatch(/The property 'Colour' does not exist on type 'SP.Data.KringHighlightsListItem'/);
  });
});

describe('SharePoint REST formats', () => {
  it('answers verbose requests with d, __metadata and results wrappers', async () => {
    const { status, json } = await raw("/_api/web/lists/getbytitle('Kring%20Interest%20Groups')/items?$top=1&$select=Title,Topics", { accept: 'application/json;odata=verbose' });
    expect(status).toBe(200);
    const item = (json as { d: { results: Record<string, unknown>[] } }).d.results[0];
    expect(item.__metadata).toMatchObject({ type: 'SP.Data.KringInterestGroupsListItem', etag: '"1"' });
    expect(item.Topics).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: expect.any(Array) });
  });

  it('uses JSON light with odata annotations for plain application/json', async () => {
    const { json } = await raw("/_api/web/lists/getbytitle('Kring%20Interest%20Groups')/items(1)", { accept: 'application/json' });
    expect(json).toMatchObject({ 'odata.type': 'SP.Data.KringInterestGroupsListItem', 'odata.etag': '"1"', Id: 1, ID: 1 });
  });

  it('gives a form digest from contextinfo in both shapes', async () => {
    const light = await raw('/_api/contextinfo', { method: 'POST' });
    expect(light.json).toMatchObject({ FormDigestTimeoutSeconds: 1800, WebFullUrl: siteUrl });
    const verbose = await raw('/_api/contextinfo', { method: 'POST', accept: 'application/json;odata=verbose' });
    expect((verbose.json as { d: { GetContextWebInformation: { FormDigestValue: string } } }).d.GetContextWebInformation.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
  });

  it('creates items from verbose bodies and updates through X-HTTP-Method MERGE', async () => {
    const created = await raw("/_api/web/lists/getbytitle('Kring%20Highlights')/items", {
      method: 'POST',
      accept: 'application/json;odata=verbose',
      headers: { 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({ __metadata: { type: 'SP.Data.KringHighlightsListItem' }, Title: 'Verbose', Kind: 'AcceptedAnswer', Topics: { __metadata: { type: 'Collection(Edm.String)' }, results: ['Python'] } })
    });
    expect(created.status).toBe(201);
    const id = (created.json as { d: { Id: number } }).d.Id;
    const merge = await raw(`/_api/web/lists/getbytitle('Kring%20Highlights')/items(${id})`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' },
      body: JSON.stringify({ Title: 'Merged' })
    });
    expect(merge.status).toBe(204);
    expect(merge.headers.get('etag')).toBe('"2"');
    const conflict = await raw(`/_api/web/lists/getbytitle('Kring%20Highlights')/items(${id})`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
      body: JSON.stringify({ Title: 'Stale' })
    });
    expect(conflict.status).toBe(412);
    expect(conflict.json).toMatchObject({ 'odata.error': { code: expect.stringContaining('ClientServiceException'), message: { lang: 'en-US' } } });
  });

  it('needs a bearer token like every other emulated call', async () => {
    const response = await fetch(`${siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(401);
  });
});

describe('people search', () => {
  it('runs sp.search over the People source with selected properties, paging and refiners', async () => {
    const query: ISearchQuery = {
      Querytext: 'Department:"Faculteit Onderwijs en Opvoeding"',
      SourceId: PEOPLE_SOURCE,
      RowLimit: 5,
      SelectProperties: ['PreferredName', 'JobTitle', 'Department', 'AccountName', 'Skills', 'WorkEmail'],
      Refiners: 'Department,JobTitle,Skills'
    };
    const results = await clients.sp.search(query);
    expect(results.RowCount).toBe(5);
    expect(results.TotalRows).toBeGreaterThan(5);
    expect(results.TotalRowsIncludingDuplicates).toBe(results.TotalRows);
    for (const row of rowsOf(results)) {
      expect(row.Department).toBe('Faculteit Onderwijs en Opvoeding');
      expect(String(row.AccountName)).toMatch(/^i:0#\.f\|membership\|.+@/);
      expect(Number(row.Rank)).toBeGreaterThan(0);
    }
    const refiners = refinersOf(results);
    expect(refiners.map((refiner) => refiner.Name)).toEqual(['Department', 'JobTitle', 'Skills']);
    const departments = refiners[0].Entries;
    expect(departments).toHaveLength(1);
    expect(Number(departments[0].RefinementCount)).toBe(results.TotalRows);
    const jobTitleTotal = refiners[1].Entries.reduce((sum, entry) => sum + Number(entry.RefinementCount), 0);
    expect(jobTitleTotal).toBeLessThanOrEqual(results.TotalRows);

    const rest: string[] = [];
    for (let start = 0; start < results.TotalRows; start += 50) {
      const page = await clients.sp.search({ ...query, Refiners: undefined, RowLimit: 50, StartRow: start, SelectProperties: ['AADObjectID'] });
      rest.push(...rowsOf(page).map((row) => String(row.AADObjectID)));
    }
    expect(new Set(rest).size).toBe(results.TotalRows);
  });

  it('finds Anne by name and skill, and leaves out disabled and service accounts', async () => {
    const byName = await clients.sp.search({ Querytext: 'Anne de Vries', SourceId: PEOPLE_SOURCE, SelectProperties: ['PreferredName', 'WorkEmail'] });
    expect(byName.PrimarySearchResults[0]).toMatchObject({ PreferredName: 'Anne de Vries', WorkEmail: ANNE });

    const everyone = await clients.sp.search({ Querytext: '*', SourceId: PEOPLE_SOURCE, RowLimit: 500, SelectProperties: ['AccountName'] });
    const accounts = rowsOf(everyone).map((row) => String(row.AccountName));
    expect(accounts.some((account) => account.includes('svc-'))).toBe(false);
    expect(accounts.some((account) => account.includes('#ext#'))).toBe(true);
    const indexable = database
      .prepare("SELECT COUNT(*) AS n FROM users WHERE accountEnabled = 1 AND NOT (userType = 'Member' AND givenName IS NULL AND surname IS NULL)")
      .get() as { n: number };
    expect(everyone.TotalRows).toBe(indexable.n);

    const disabled = database.prepare('SELECT displayName, userPrincipalName FROM users WHERE accountEnabled = 0 LIMIT 1').get() as { displayName: string; userPrincipalName: string } | undefined;
    expect(disabled).toBeDefined();
    const search = await clients.sp.search({ Querytext: `"${disabled?.displayName}"`, SourceId: PEOPLE_SOURCE, RowLimit: 50, SelectProperties: ['WorkEmail', 'AccountName'] });
    expect(rowsOf(search).map((row) => String(row.AccountName))).not.toContain(`i:0#.f|membership|${disabled?.userPrincipalName.toLowerCase()}`);
  });

  it('answers GET /_api/search/query with URL parameters, verbose as d.query', async () => {
    const { status, json } = await raw(`/_api/search/query?querytext='JobTitle:docent'&sourceid='${PEOPLE_SOURCE}'&rowlimit=3&selectproperties='PreferredName,JobTitle'`, {
      accept: 'application/json;odata=verbose'
    });
    expect(status).toBe(200);
    const table = (json as { d: { query: { PrimaryQueryResult: { RelevantResults: { RowCount: number; Table: { Rows: { results: { Cells: { results: { Key: string; Value: string }[] } }[] } } } } } } }).d.query
      .PrimaryQueryResult.RelevantResults;
    expect(table.RowCount).toBe(3);
    const cells = table.Table.Rows.results[0].Cells.results;
    expect(cells.map((cell) => cell.Key)).toEqual(expect.arrayContaining(['Rank', 'DocId', 'PreferredName', 'JobTitle']));
    expect(cells.find((cell) => cell.Key === 'JobTitle')?.Value.toLowerCase()).toContain('docent');
  });

  it('returns a SharePoint 400 for malformed KQL and bad parameters', async () => {
    const malformed = await toServiceError(await clients.sp.search({ Querytext: 'Skills:(python', SourceId: PEOPLE_SOURCE }).catch((error: unknown) => error));
    expect(malformed.status).toBe(400);
    expect(malformed.message).toBe('Your query is malformed. Please rephrase your query.');
    const badRowLimit = await raw(`/_api/search/query?querytext='a'&rowlimit=-4`);
    expect(badRowLimit.status).toBe(400);
    const noRequest = await raw('/_api/search/postquery', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":{}}' });
    expect(noRequest.status).toBe(400);
  });

  it('shows a profile edit in the next search', async () => {
    const before = await clients.sp.search({ Querytext: 'Skills:Zeilen', SourceId: PEOPLE_SOURCE });
    expect(before.TotalRows).toBe(0);
    const patch = await fetch(`${baseUrl}/v1.0/me`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${anneToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ skills: ['Zeilen'] })
    });
    expect(patch.status).toBe(204);
    const after = await clients.sp.search({ Querytext: 'Skills:Zeilen', SourceId: PEOPLE_SOURCE, SelectProperties: ['WorkEmail'] });
    expect(rowsOf(after).map((row) => row.WorkEmail)).toEqual([ANNE]);
  });
});

describe('robustness', () => {
  it('survives a few hundred malformed SharePoint requests and still answers', async () => {
    const list = "/_api/web/lists/getbytitle('Kring%20Highlights')";
    const garbage = [
      `${list}/items?$filter=${encodeURIComponent("((((Kind eq 'x'")}`,
      `${list}/items?$filter=${encodeURIComponent("Kind eq 'x' or or")}`,
      `${list}/items?$top=abc`,
      `${list}/items?$top=99999999999999999999`,
      `${list}/items?$orderby=${encodeURIComponent('Title up')}`,
      `${list}/items?$select=${encodeURIComponent(',,,')}`,
      `${list}/items(0)`,
      `${list}/items(99999999)`,
      `${list}/items(abc)`,
      "/_api/web/lists/getbytitle('unterminated",
      '/_api/web/lists/getbytitle(%27%E0%A4%A%27)',
      `/_api/search/query?querytext='${encodeURIComponent('"')}'&sourceid='${PEOPLE_SOURCE}'`,
      `/_api/search/query?querytext='${encodeURIComponent('NOT AND OR (')}'&sourceid='${PEOPLE_SOURCE}'`,
      "/_api/search/query?sourceid='not-a-guid'",
      '/_api/nothing/here'
    ];
    const bodies = ['{', '[]', 'null', '"text"', '{"request": 5}', '{"request": {"RowLimit": "many"}}', '{"Title": {"nested": true}}', '{"Topics": "not an array"}'];
    const requests: Promise<number>[] = [];
    for (let round = 0; round < 12; round++) {
      for (const path of garbage) {
        requests.push(raw(path).then((answer) => answer.status).catch(() => -1));
      }
      for (const body of bodies) {
        requests.push(raw(`${list}/items`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then((answer) => answer.status));
        requests.push(raw('/_api/search/postquery', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then((answer) => answer.status));
      }
    }
    const statuses = await Promise.all(requests);
    expect(statuses.length).toBeGreaterThan(300);
    expect(statuses.every((status) => status >= 400 && status < 500)).toBe(true);
    const still = await raw('/_api/web');
    expect(still.status).toBe(200);
  }, 60_000);
});
