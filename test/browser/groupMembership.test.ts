import type { Browser, Locator, Page } from 'playwright-core';
import { emulatorUrl, launchBrowser, openWorkbench, webPartViolations } from '../support/browser';

jest.setTimeout(60_000);

const ANNE = 'anne.devries@hogeschool.example';
const DAAN = 'daan.bakker@hogeschool.example';
/** Public, owned by Anne; Daan is not in it. */
const OWNED_BY_ANNE = 'Toetsing en beoordeling';
/** Public; Daan is not in it. */
const PUBLIC_GROUP = 'AI in het onderwijs';

let browser: Browser;

async function control(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${emulatorUrl()}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!response.ok) throw new Error(`${method} ${path} failed with ${response.status}: ${await response.text()}`);
}

beforeAll(async () => {
  browser = await launchBrowser();
});

// Other browser tests expect the seed: the owners-only policy, nobody's memberships changed, no requests.
afterEach(async () => {
  await control('PUT', '/_emulator/membership', { selfService: 'documented' });
  await control('POST', '/_emulator/reset');
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

async function openGroups(user: string): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const opened = await openWorkbench(browser, { user, webpart: 'interestGroupFeed' });
  await opened.page.getByRole('tab', { name: 'Groups' }).click();
  await allGroups(opened.page).waitFor({ timeout: 20_000 });
  return opened;
}

function allGroups(page: Page): Locator {
  return page.getByRole('region', { name: 'All interest groups' });
}

function card(page: Page, name: string): Locator {
  return allGroups(page).getByRole('article', { name });
}

/** The group names the feed's posts say they are in. */
async function groupsInFeed(page: Page): Promise<string[]> {
  const feed = page.getByRole('feed', { name: 'Posts from your interest groups' });
  await feed.locator('article').first().waitFor({ timeout: 20_000 });
  const names = await feed
    .locator('article')
    .evaluateAll((articles) =>
      articles.map((article) => article.querySelector('a[href*="group="]')?.textContent ?? '')
    );
  return [...new Set(names.filter((name) => name !== ''))];
}

describe('joining interest groups in the workbench', () => {
  it("files Daan's request, which Anne approves in Kring, making him a member who sees the group's posts", async () => {
    const daan = await openGroups(DAAN);
    const group = card(daan.page, OWNED_BY_ANNE);
    await group.getByRole('button', { name: `Join ${OWNED_BY_ANNE}` }).click();
    await group.getByText('Requested: waiting for an owner').waitFor({ timeout: 20_000 });
    await expect(group.getByRole('button').count()).resolves.toBe(0);
    // Graph's 403 to the join is the browser's console error for the failed request; it is the path under test.
    expect(daan.errors.filter((error) => !error.includes('status of 403'))).toEqual([]);
    await daan.close();

    const anne = await openGroups(ANNE);
    const requests = anne.page.getByRole('region', { name: 'Requests to decide' });
    expect(
      await webPartViolations(anne.page, ['[data-workbench-webpart] section[aria-labelledby*="requests-to-decide"]'])
    ).toEqual([]);
    await requests.getByRole('button', { name: `Approve Daan Bakker joining ${OWNED_BY_ANNE}` }).click();
    await requests.getByText(`Approved the request of Daan Bakker for ${OWNED_BY_ANNE}.`).waitFor({ timeout: 20_000 });
    await anne.close();

    const again = await openWorkbench(browser, { user: DAAN, webpart: 'interestGroupFeed' });
    expect(await groupsInFeed(again.page)).toContain(OWNED_BY_ANNE);
    await again.page.getByRole('tab', { name: 'Groups' }).click();
    const joined = card(again.page, OWNED_BY_ANNE);
    await joined.getByText('Member', { exact: true }).waitFor({ timeout: 20_000 });
    await expect(joined.getByRole('button', { name: `Leave ${OWNED_BY_ANNE}` }).count()).resolves.toBe(1);
    await again.close();
  });

  it('lets Daan join a public group at once where the tenant allows it', async () => {
    await control('PUT', '/_emulator/membership', { selfService: 'permissive' });
    const daan = await openGroups(DAAN);
    const group = card(daan.page, PUBLIC_GROUP);
    await group.getByRole('button', { name: `Join ${PUBLIC_GROUP}` }).click();
    await group.getByText('You are a member now.').waitFor({ timeout: 20_000 });
    await expect(group.getByText('Member', { exact: true }).count()).resolves.toBe(1);
    await expect(group.getByRole('button', { name: 'Open feed' }).count()).resolves.toBe(1);
    await group.getByRole('button', { name: 'Open feed' }).click();
    expect(await groupsInFeed(daan.page)).toContain(PUBLIC_GROUP);
    expect(daan.errors).toEqual([]);
    await daan.close();
  });
});
