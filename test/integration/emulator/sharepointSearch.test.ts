import '@pnp/sp/webs';
import '@pnp/sp/search';
import type { ISearchQuery } from '@pnp/sp/search';
import { toServiceError } from '../../../src/services/toServiceError';
import type { SharePointAnswer, SharePointCallInit } from '../../support/emulator';
import { clientsFor, emulatorPerFile } from '../../support/emulatorPerFile';
import { PEOPLE_SOURCE, refinersOf, rowsOf } from '../../support/searchResults';
import { ANNE, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const clients = clientsFor(emulator, ANNE);

/** A SharePoint REST call on the intranet as Anne. */
function raw(path: string, init: SharePointCallInit = {}): Promise<SharePointAnswer> {
  return emulator.spFetch(path, { user: ANNE, ...init });
}

interface DirectoryUser {
  displayName: string;
  userPrincipalName: string;
  userType: string;
  givenName: string | null;
  surname: string | null;
}

/** Enabled users as Graph lists them, all pages. */
async function enabledUsers(): Promise<DirectoryUser[]> {
  const graph = rawGraph(emulator);
  const users: DirectoryUser[] = [];
  let next: string | undefined =
    '/users?$filter=accountEnabled eq true&$select=displayName,userPrincipalName,userType,givenName,surname&$top=999';
  while (next) {
    const page = await graph(next);
    users.push(...(page.body.value as DirectoryUser[]));
    next = page.body['@odata.nextLink'] as string | undefined;
  }
  return users;
}

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
      const page = await clients.sp.search({
        ...query,
        Refiners: undefined,
        RowLimit: 50,
        StartRow: start,
        SelectProperties: ['AADObjectID']
      });
      rest.push(...rowsOf(page).map((row) => String(row.AADObjectID)));
    }
    expect(new Set(rest).size).toBe(results.TotalRows);
  });

  it('finds Anne by name and skill, and leaves out disabled and service accounts', async () => {
    const byName = await clients.sp.search({
      Querytext: 'Anne de Vries',
      SourceId: PEOPLE_SOURCE,
      SelectProperties: ['PreferredName', 'WorkEmail']
    });
    expect(byName.PrimarySearchResults[0]).toMatchObject({ PreferredName: 'Anne de Vries', WorkEmail: ANNE });

    const everyone = await clients.sp.search({
      Querytext: '*',
      SourceId: PEOPLE_SOURCE,
      RowLimit: 500,
      SelectProperties: ['AccountName']
    });
    const accounts = rowsOf(everyone).map((row) => String(row.AccountName));
    expect(accounts.some((account) => account.includes('svc-'))).toBe(false);
    expect(accounts.some((account) => account.includes('#ext#'))).toBe(true);
    const indexable = (await enabledUsers()).filter(
      (user) => !(user.userType === 'Member' && user.givenName === null && user.surname === null)
    );
    expect(everyone.TotalRows).toBe(indexable.length);

    const disabledPage = await rawGraph(emulator)(
      '/users?$filter=accountEnabled eq false&$select=displayName,userPrincipalName&$top=1'
    );
    const disabled = (disabledPage.body.value as Array<{ displayName: string; userPrincipalName: string }>)[0];
    expect(disabled).toBeDefined();
    const search = await clients.sp.search({
      Querytext: `"${disabled?.displayName}"`,
      SourceId: PEOPLE_SOURCE,
      RowLimit: 50,
      SelectProperties: ['WorkEmail', 'AccountName']
    });
    expect(rowsOf(search).map((row) => String(row.AccountName))).not.toContain(
      `i:0#.f|membership|${disabled?.userPrincipalName.toLowerCase()}`
    );
  });

  it('answers GET /_api/search/query with URL parameters, verbose as d.query', async () => {
    const { status, json } = await raw(
      `/_api/search/query?querytext='JobTitle:docent'&sourceid='${PEOPLE_SOURCE}'&rowlimit=3&selectproperties='PreferredName,JobTitle'`,
      {
        accept: 'application/json;odata=verbose'
      }
    );
    expect(status).toBe(200);
    const table = (
      json as {
        d: {
          query: {
            PrimaryQueryResult: {
              RelevantResults: {
                RowCount: number;
                Table: { Rows: { results: { Cells: { results: { Key: string; Value: string }[] } }[] } };
              };
            };
          };
        };
      }
    ).d.query.PrimaryQueryResult.RelevantResults;
    expect(table.RowCount).toBe(3);
    const cells = table.Table.Rows.results[0].Cells.results;
    expect(cells.map((cell) => cell.Key)).toEqual(
      expect.arrayContaining(['Rank', 'DocId', 'PreferredName', 'JobTitle'])
    );
    expect(cells.find((cell) => cell.Key === 'JobTitle')?.Value.toLowerCase()).toContain('docent');
  });

  it('returns a SharePoint 400 for malformed KQL and bad parameters', async () => {
    const malformed = await toServiceError(
      await clients.sp.search({ Querytext: 'Skills:(python', SourceId: PEOPLE_SOURCE }).catch((error: unknown) => error)
    );
    expect(malformed.status).toBe(400);
    expect(malformed.message).toBe('Your query is malformed. Please rephrase your query.');
    const badRowLimit = await raw(`/_api/search/query?querytext='a'&rowlimit=-4`);
    expect(badRowLimit.status).toBe(400);
    const noRequest = await raw('/_api/search/postquery', { method: 'POST', body: '{"query":{}}' });
    expect(noRequest.status).toBe(400);
  });

  it('shows a profile edit in the next search', async () => {
    const before = await clients.sp.search({ Querytext: 'Skills:Zeilen', SourceId: PEOPLE_SOURCE });
    expect(before.TotalRows).toBe(0);
    const patch = await rawGraph(emulator)('/me', {
      user: ANNE,
      method: 'PATCH',
      body: JSON.stringify({ skills: ['Zeilen'] })
    });
    expect(patch.status).toBe(204);
    const after = await clients.sp.search({
      Querytext: 'Skills:Zeilen',
      SourceId: PEOPLE_SOURCE,
      SelectProperties: ['WorkEmail']
    });
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
    const bodies = [
      '{',
      '[]',
      'null',
      '"text"',
      '{"request": 5}',
      '{"request": {"RowLimit": "many"}}',
      '{"Title": {"nested": true}}',
      '{"Topics": "not an array"}'
    ];
    const requests: Promise<number>[] = [];
    for (let round = 0; round < 12; round++) {
      for (const path of garbage) {
        requests.push(
          raw(path)
            .then((answer) => answer.status)
            .catch(() => -1)
        );
      }
      for (const body of bodies) {
        requests.push(raw(`${list}/items`, { method: 'POST', body }).then((answer) => answer.status));
        requests.push(raw('/_api/search/postquery', { method: 'POST', body }).then((answer) => answer.status));
      }
    }
    const statuses = await Promise.all(requests);
    expect(statuses.length).toBeGreaterThan(300);
    expect(statuses.every((status) => status >= 400 && status < 500)).toBe(true);
    const still = await raw('/_api/web');
    expect(still.status).toBe(200);
  }, 60_000);
});
