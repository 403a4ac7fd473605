import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { INTEREST_GROUPS } from '../../../emulator/graph/seed/interestGroupCatalog';
import { toServiceError } from '../../../src/services/toServiceError';
import type { SharePointAnswer, SharePointCallInit } from '../../support/emulator';
import { clientsFor, emulatorPerFile } from '../../support/emulatorPerFile';

/** A site owner of the intranet: these tests write Kring's lists, which visitors may only read. */
const SITE_OWNER = 'ingrid.mulder@hogeschool.example';

const emulator = emulatorPerFile();
const clients = clientsFor(emulator, SITE_OWNER);

/** A SharePoint REST call on the intranet as a site owner. */
function raw(path: string, init: SharePointCallInit = {}): Promise<SharePointAnswer> {
  return emulator.spFetch(path, { user: SITE_OWNER, ...init });
}

describe('SharePoint lists through @pnp/sp', () => {
  it('reads the web and the list metadata', async () => {
    const web = await clients.sp.web.select('Title', 'ServerRelativeUrl')();
    expect(web).toMatchObject({ Title: 'Intranet', ServerRelativeUrl: '/sites/intranet' });
    expect(web).not.toHaveProperty('Url');
    const unknown = await toServiceError(
      await clients.sp.web
        .select('Nope')()
        .catch((error: unknown) => error)
    );
    expect(unknown.status).toBe(400);
    const list = await clients.sp.web.lists
      .getByTitle('Kring Highlights')
      .select('Title', 'ItemCount', 'ListItemEntityTypeFullName')();
    expect(list.ListItemEntityTypeFullName).toBe('SP.Data.KringHighlightsListItem');
    expect(list.ItemCount).toBeGreaterThan(50);
  });

  it('seeds one registry item per interest group, featured as in the catalogue', async () => {
    const registry = clients.sp.web.lists.getByTitle('Kring Interest Groups');
    const all = await registry.items.select('Title', 'GroupId', 'JobFunctions', 'Topics', 'Featured').top(500)();
    expect(all).toHaveLength(INTEREST_GROUPS.length);
    const featured = await registry.items.filter('Featured eq 1').select('Title')();
    expect(featured.map((item: { Title: string }) => item.Title).sort()).toEqual(
      INTEREST_GROUPS.filter((g) => g.featured)
        .map((g) => g.displayName)
        .sort()
    );
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
    const unknownList = await toServiceError(
      await clients.sp.web.lists
        .getByTitle('Nope')
        .items()
        .catch((error: unknown) => error)
    );
    expect(unknownList.status).toBe(404);
    expect(unknownList.message).toMatch(/^List 'Nope' does not exist at site with URL/);

    const badFilter = await toServiceError(
      await clients.sp.web.lists
        .getByTitle('Kring Highlights')
        .items.filter("Kind eq 'x' and")()
        .catch((error: unknown) => error)
    );
    expect(badFilter.status).toBe(400);

    const unknownField = await toServiceError(
      await clients.sp.web.lists
        .getByTitle('Kring Highlights')
        .items.add({ Colour: 'red' })
        .catch((error: unknown) => error)
    );
    expect(unknownField.status).toBe(400);
    expect(unknownField.message).toMatch(
      /The property 'Colour' does not exist on type 'SP.Data.KringHighlightsListItem'/
    );
  });
});

describe('SharePoint REST formats', () => {
  it('answers verbose requests with d, __metadata and results wrappers', async () => {
    const { status, json } = await raw(
      "/_api/web/lists/getbytitle('Kring%20Interest%20Groups')/items?$top=1&$select=Title,Topics",
      { accept: 'application/json;odata=verbose' }
    );
    expect(status).toBe(200);
    const item = (json as { d: { results: Record<string, unknown>[] } }).d.results[0];
    expect(item.__metadata).toMatchObject({ type: 'SP.Data.KringInterestGroupsListItem', etag: '"1"' });
    expect(item.Topics).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: expect.any(Array) });
  });

  it('uses JSON light with odata annotations for plain application/json', async () => {
    const { json } = await raw("/_api/web/lists/getbytitle('Kring%20Interest%20Groups')/items(1)", {
      accept: 'application/json'
    });
    expect(json).toMatchObject({
      'odata.type': 'SP.Data.KringInterestGroupsListItem',
      'odata.etag': '"1"',
      Id: 1,
      ID: 1
    });
  });

  it('gives a form digest from contextinfo in both shapes', async () => {
    const light = await raw('/_api/contextinfo', { method: 'POST' });
    expect(light.json).toMatchObject({ FormDigestTimeoutSeconds: 1800, WebFullUrl: emulator.spUrl });
    const verbose = await raw('/_api/contextinfo', { method: 'POST', accept: 'application/json;odata=verbose' });
    expect(
      (verbose.json as { d: { GetContextWebInformation: { FormDigestValue: string } } }).d.GetContextWebInformation
        .FormDigestValue
    ).toMatch(/^0x[0-9A-F]+,/);
  });

  it('creates items from verbose bodies and updates through X-HTTP-Method MERGE', async () => {
    const created = await raw("/_api/web/lists/getbytitle('Kring%20Highlights')/items", {
      method: 'POST',
      accept: 'application/json;odata=verbose',
      headers: { 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({
        __metadata: { type: 'SP.Data.KringHighlightsListItem' },
        Title: 'Verbose',
        Kind: 'AcceptedAnswer',
        Topics: { __metadata: { type: 'Collection(Edm.String)' }, results: ['Python'] }
      })
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
    expect(conflict.json).toMatchObject({
      'odata.error': { code: expect.stringContaining('ClientServiceException'), message: { lang: 'en-US' } }
    });
  });

  it('needs a bearer token like every other emulated call', async () => {
    const response = await raw('/_api/web', { user: null, accept: 'application/json' });
    expect(response.status).toBe(401);
  });
});
