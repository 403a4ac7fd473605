import type { Browser, Page } from 'playwright-core';
import { emulatorUrl, launchBrowser, openWorkbench, saveScreenshot, settle } from '../support/browser';
import { KRING_LISTS } from '../../src/services/lists/kringLists';

jest.setTimeout(60_000);

const ANNE = 'anne.devries@hogeschool.example';
const HEALTH_REGION = 'Kring health check (shown while editing)';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface LoggedRequest {
  seq?: number;
  url: string;
  status: number;
}

/** The emulator's request log after `since` (it is shared with the other browser test files: filter what you read). */
async function requestsSince(since: number): Promise<LoggedRequest[]> {
  const response = await fetch(`${emulatorUrl()}/_emulator/requests?since=${since}`);
  return (await response.json()) as LoggedRequest[];
}

async function lastSeq(): Promise<number> {
  const response = await fetch(`${emulatorUrl()}/_emulator/requests?order=desc`);
  return ((await response.json()) as LoggedRequest[])[0]?.seq ?? 0;
}

async function healthViolations(page: Page): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .include(`[aria-label="${HEALTH_REGION}"]`)
    .exclude('[data-tabster-dummy]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('the health check in the workbench', () => {
  it("shows site owners, in edit mode, that Kring's lists are ready on the intranet", async () => {
    const { page, errors, close } = await openWorkbench(browser, {
      user: ANNE,
      webpart: 'colleagueCard',
      layout: 'full',
      mode: 'edit'
    });
    const card = page.locator('[data-workbench-webpart="colleagueCard"]');
    const report = card.getByRole('region', { name: HEALTH_REGION });
    await report.getByText(`Kring's lists are ready on ${emulatorUrl()}/sites/intranet.`).waitFor({ timeout: 20_000 });
    expect(await report.getByText('Kring is ready').count()).toBe(1);
    await report.getByRole('button', { name: 'Check again' }).focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check again');
    expect(await page.getByRole('button', { name: 'Edit page' }).getAttribute('aria-pressed')).toBe('true');
    expect(await healthViolations(page)).toEqual([]);
    await saveScreenshot(page, 'health-check-ready');
    expect(errors).toEqual([]);
    await close();
  });

  it('reports the missing lists when the web part overrides the home site with a team site', async () => {
    const teamSite = `${emulatorUrl()}/sites/ig-toetsing`;
    const { page, close } = await openWorkbench(browser, {
      user: ANNE,
      webpart: 'colleagueCard',
      layout: 'half',
      mode: 'edit',
      'prop.homeSiteUrl': teamSite
    });
    const report = page
      .locator('[data-workbench-webpart="colleagueCard"]')
      .getByRole('region', { name: HEALTH_REGION });
    await report
      .getByText(`The list "Kring Highlights" is not on ${teamSite}.`, { exact: false })
      .waitFor({ timeout: 20_000 });
    expect(await report.getByText('A Kring list is missing').count()).toBe(KRING_LISTS.length);
    await saveScreenshot(page, 'health-check-lists-missing');
    await close();
  });

  it('is not shown in view mode, and the edit toggle brings it', async () => {
    const { page, errors, close } = await openWorkbench(browser, { user: ANNE, webpart: 'colleagueCard' });
    await settle(page);
    await page.getByRole('heading', { name: 'Anne de Vries', level: 3 }).first().waitFor({ timeout: 20_000 });
    expect(await page.getByRole('region', { name: HEALTH_REGION }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit page' }).getAttribute('aria-pressed')).toBe('false');

    await page.getByRole('button', { name: 'Edit page' }).click();
    await page.getByRole('region', { name: HEALTH_REGION }).first().waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('edit');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a Teams tab, whose page is its team site', () => {
  it("loads the card's contributions from Kring Highlights on the home site that KringHomeSite names", async () => {
    const since = await lastSeq();
    const { page, errors, close } = await openWorkbench(browser, {
      user: ANNE,
      host: 'teams',
      theme: 'teamsLight',
      webpart: 'colleagueCard',
      'prop.source': 'me'
    });
    const contributions = page.getByRole('region', { name: 'Recent contributions' }).getByRole('link');
    await contributions.first().waitFor({ timeout: 20_000 });
    expect(await contributions.count()).toBeGreaterThan(0);

    const sharePoint = (await requestsSince(since)).map((request) => decodeURIComponent(request.url).toLowerCase());
    const settingsReads = sharePoint.filter((url) => url.includes("getstorageentity('kringhomesite')"));
    expect(settingsReads.some((url) => url.startsWith('/sites/') && !url.startsWith('/sites/intranet/'))).toBe(true);
    expect(
      sharePoint.some((url) => url.startsWith("/sites/intranet/_api/web/lists/getbytitle('kring highlights')/items"))
    ).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
