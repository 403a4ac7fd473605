import { createBrowserClients } from '../../src/services/clients';
import { createServices } from '../../src/services/createServices';
import type { KringServices } from '../../src/services/KringServices';
import { ServiceError } from '../../src/services/ServiceError';
import type { SuiteSettings } from '../../src/services/settings/SuiteSettings';
import { startEmulator, type RunningEmulator } from '../support/emulator';

const ANNE = 'anne.devries@hogeschool.example';
/** A public team of the seed: Anne may read its site, which has no Kring lists. */
const TEAM_SITE = 'ig-toetsing';
const HIGHLIGHTS_ITEMS = "/_api/web/lists/getbytitle('Kring%20Highlights')/items";

let emulator: RunningEmulator;
let contributorId: string;

/** The product's services on a page of `pageSite`, as Anne. */
function servicesOnPage(pageSite: string, overrides?: SuiteSettings): KringServices {
  return createServices(
    createBrowserClients({
      graphBaseUrl: emulator.graphUrl,
      spBaseUrl: emulator.spUrlFor(pageSite),
      getToken: () => emulator.token(ANNE)
    }),
    {
      viewer: ANNE,
      overrides
    }
  );
}

async function sharePointRequests(): Promise<string[]> {
  return (await emulator.requests())
    .filter((request) => request.url.includes('/_api/'))
    .map((request) => decodeURIComponent(request.url));
}

beforeAll(async () => {
  emulator = await startEmulator();
  const items = await emulator.spFetch(`${HIGHLIGHTS_ITEMS}?$select=ContributorId&$top=1`);
  contributorId = (items.json as { value: { ContributorId: string }[] }).value[0].ContributorId;
}, 120_000);

afterAll(async () => {
  await emulator?.stop();
});

beforeEach(async () => {
  await emulator.clearRequests();
});

// Reseeding the whole organisation takes seconds on a busy machine, more than jest's default hook timeout.
afterEach(async () => {
  await emulator.reset();
}, 30_000);

describe("Kring's home site, from a page on a team site", () => {
  it('finds the highlights on the intranet because KringHomeSite names it, reading the setting from the page site once', async () => {
    const services = servicesOnPage(TEAM_SITE);
    const contributions = await services.highlights.getContributions(contributorId);
    await services.highlights.getContributions(contributorId, 3);

    expect(contributions.length).toBeGreaterThan(0);
    expect(contributions.every((highlight) => highlight.contributorId === contributorId)).toBe(true);
    const requests = await sharePointRequests();
    expect(
      requests
        .filter((url) => /getstorageentity/i.test(url))
        .map((url) => url.toLowerCase())
        .sort()
    ).toEqual([
      `/sites/${TEAM_SITE}/_api/web/getstorageentity('kringhomesite')`,
      `/sites/${TEAM_SITE}/_api/web/getstorageentity('kringprofilepageurl')`
    ]);
    const listCalls = requests.filter((url) => url.includes('Kring Highlights'));
    expect(listCalls).toHaveLength(2);
    expect(listCalls.every((url) => url.startsWith('/sites/intranet/_api/web/lists/'))).toBe(true);
    expect(services.settings.current().profilePageUrl).toBe(`${emulator.spUrl}/SitePages/Profile.aspx`);
  });

  it('reports the typed "home site not set" error, without a list request, when KringHomeSite is unset', async () => {
    await emulator.removeStorageEntity('KringHomeSite');
    const failure = await servicesOnPage(TEAM_SITE)
      .highlights.getContributions(contributorId)
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure).toMatchObject({ kind: 'notConfigured', code: 'KringHomeSiteNotSet' });
    expect((await sharePointRequests()).some((url) => url.includes('/lists/'))).toBe(false);
  });

  it('uses a home-site override over the tenant property, either way round', async () => {
    await emulator.removeStorageEntity('KringHomeSite');
    const overridden = await servicesOnPage(TEAM_SITE, { homeSiteUrl: emulator.spUrl }).highlights.getContributions(
      contributorId
    );
    expect(overridden.length).toBeGreaterThan(0);

    await emulator.setStorageEntity('KringHomeSite', emulator.spUrl);
    const toTeamSite = await servicesOnPage('intranet', { homeSiteUrl: emulator.spUrlFor(TEAM_SITE) })
      .highlights.getContributions(contributorId)
      .catch((error: unknown) => error);
    expect(toTeamSite).toMatchObject({ kind: 'notFound', status: 404 });
  });
});

describe('the health check against the emulator', () => {
  it("says Kring's lists are ready on the intranet, in one set of requests per session", async () => {
    const services = servicesOnPage(TEAM_SITE);
    expect(await services.health.check()).toEqual({ status: 'ready', siteUrl: emulator.spUrl, siteTitle: 'Intranet' });
    const first = await sharePointRequests();
    await services.health.check();

    expect(await sharePointRequests()).toEqual(first);
    expect(
      first
        .filter((url) => url.startsWith('/sites/intranet/'))
        .map((url) => url.replace(/\?.*$/, '').toLowerCase())
        .sort()
    ).toEqual([
      '/sites/intranet/_api/web',
      "/sites/intranet/_api/web/lists/getbytitle('kring highlights')/effectivebasepermissions",
      "/sites/intranet/_api/web/lists/getbytitle('kring highlights')/fields",
      "/sites/intranet/_api/web/lists/getbytitle('kring interest groups')/effectivebasepermissions",
      "/sites/intranet/_api/web/lists/getbytitle('kring interest groups')/fields",
      "/sites/intranet/_api/web/lists/getbytitle('kring job functions')/effectivebasepermissions",
      "/sites/intranet/_api/web/lists/getbytitle('kring job functions')/fields",
      "/sites/intranet/_api/web/lists/getbytitle('kring membership requests')/effectivebasepermissions",
      "/sites/intranet/_api/web/lists/getbytitle('kring membership requests')/fields"
    ]);
  });

  it('reports every list missing when KringHomeSite points at a team site', async () => {
    await emulator.setStorageEntity('KringHomeSite', emulator.spUrlFor(TEAM_SITE));
    expect(await servicesOnPage('intranet').health.check()).toEqual({
      status: 'problems',
      siteUrl: emulator.spUrlFor(TEAM_SITE),
      siteTitle: 'Toetsing en beoordeling',
      problems: [
        { kind: 'listMissing', list: 'Kring Interest Groups' },
        { kind: 'listMissing', list: 'Kring Highlights' },
        { kind: 'listMissing', list: 'Kring Job Functions' },
        { kind: 'listMissing', list: 'Kring Membership Requests' }
      ]
    });
  });

  it('reports the home site not set, and an unreachable one', async () => {
    await emulator.removeStorageEntity('KringHomeSite');
    expect(await servicesOnPage(TEAM_SITE).health.check()).toEqual({ status: 'homeSiteNotSet' });

    await emulator.setStorageEntity('KringHomeSite', emulator.spUrlFor('no-such-site'));
    const unreachable = await servicesOnPage(TEAM_SITE).health.check();
    expect(unreachable).toMatchObject({
      status: 'homeSiteUnreachable',
      siteUrl: emulator.spUrlFor('no-such-site'),
      error: { kind: 'notFound', status: 404 }
    });
  });
});
