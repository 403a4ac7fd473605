import type { Browser, Page } from 'playwright-core';
import { emulatorUrl, launchBrowser, openWorkbench, saveScreenshot, webPartViolations } from '../support/browser';

jest.setTimeout(60_000);

const ANNE = 'anne.devries@hogeschool.example';
const DAAN = 'daan.bakker@hogeschool.example';
const PRIVATE_GROUP = 'Teamleiders overleg';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function graph<T>(path: string, user: string, init: RequestInit = {}): Promise<T> {
  const token = await fetch(`${emulatorUrl()}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user })
  }).then(async (response) => ((await response.json()) as { access_token: string }).access_token);
  const response = await fetch(`${emulatorUrl()}/v1.0${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
  });
  return (await response.json()) as T;
}

async function groupsOf(user: string): Promise<{ id: string; displayName: string }[]> {
  return (await graph<{ value: { id: string; displayName: string }[] }>('/me/memberOf?$select=id,displayName', user))
    .value;
}

async function groupByName(name: string): Promise<{ id: string; channelId: string }> {
  const found = await graph<{ value: { id: string }[] }>(`/groups?$filter=displayName eq '${name}'&$select=id`, ANNE);
  const id = found.value[0].id;
  const channel = await graph<{ id: string }>(`/teams/${id}/primaryChannel`, ANNE);
  return { id, channelId: channel.id };
}

function feed(page: Page) {
  return page.getByRole('feed', { name: 'Posts from your interest groups' });
}

/** The group names the feed's posts say they are in. */
async function groupsShown(page: Page): Promise<string[]> {
  const names = await feed(page)
    .locator('article')
    .evaluateAll((articles) =>
      articles.map((article) => article.querySelector('a[href*="group="]')?.textContent ?? '')
    );
  return [...new Set(names.filter((name) => name !== ''))];
}

describe('the interest-group feed in the workbench', () => {
  it("merges the posts of Anne's groups, newest activity first, on a SharePoint page", async () => {
    const { page, errors, close } = await openWorkbench(browser, { user: ANNE, webpart: 'interestGroupFeed' });
    await feed(page).locator('article').first().waitFor({ timeout: 20_000 });
    const mine = new Set((await groupsOf(ANNE)).map((group) => group.displayName));
    const shown = await groupsShown(page);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((name) => mine.has(name))).toBe(true);
    const times = await feed(page)
      .locator('article time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(0);
    await saveScreenshot(page, 'interest-group-feed');
    expect(errors).toEqual([]);
    await close();
  });

  it('moves between posts with Page Down and Page Up, also to posts not rendered yet', async () => {
    const { page, close } = await openWorkbench(browser, { user: ANNE, webpart: 'interestGroupFeed' });
    const first = feed(page).locator('article').first();
    await first.waitFor({ timeout: 20_000 });
    await first.focus();
    const focusedPosition = (position: string) =>
      page.waitForFunction((expected) => document.activeElement?.getAttribute('aria-posinset') === expected, position, {
        timeout: 5_000
      });
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('PageDown');
    }
    await focusedPosition('13');
    await page.keyboard.press('PageUp');
    await focusedPosition('12');
    expect(await feed(page).locator('article').count()).toBeLessThan(25);
    await close();
  });

  it('shows a new post of one of my groups when the feed opens', async () => {
    const group = await groupByName('Toetsing en beoordeling');
    const subject = `Nieuwe vraag ${Date.now()}`;
    await graph(`/teams/${group.id}/channels/${encodeURIComponent(group.channelId)}/messages`, ANNE, {
      method: 'POST',
      body: JSON.stringify({
        subject,
        body: { contentType: 'html', content: '<p>Wie heeft een rubric voor stages?</p>' }
      })
    });
    const { page, close } = await openWorkbench(browser, { user: ANNE, webpart: 'interestGroupFeed' });
    const first = feed(page).locator('article').first();
    await first.waitFor({ timeout: 20_000 });
    await expect(first.getByRole('heading', { name: subject }).count()).resolves.toBe(1);
    await close();
  });

  it('opens the post a link points at, also when it is older than the feed has loaded', async () => {
    const group = await groupByName('Toetsing en beoordeling');
    const listing = await graph<{ value: { id: string; subject: string | null }[]; '@odata.nextLink'?: string }>(
      `/teams/${group.id}/channels/${encodeURIComponent(group.channelId)}/messages?$top=50`,
      ANNE
    );
    const old = listing.value[listing.value.length - 1];
    const { page, close } = await openWorkbench(browser, {
      user: ANNE,
      webpart: 'interestGroupFeed',
      group: group.id,
      post: old.id
    });
    const linked = page.getByRole('region', { name: 'The post you followed a link to' });
    await linked.waitFor({ timeout: 20_000 });
    await expect(linked.getByRole('article').count()).resolves.toBe(1);
    await close();
  });

  it('opens the post of a Teams deep link (subEntityId) in the Teams tab', async () => {
    const group = await groupByName('Toetsing en beoordeling');
    const listing = await graph<{ value: { id: string }[] }>(
      `/teams/${group.id}/channels/${encodeURIComponent(group.channelId)}/messages?$top=50`,
      ANNE
    );
    const old = listing.value[listing.value.length - 1];
    const { page, close } = await openWorkbench(browser, {
      user: ANNE,
      host: 'teams',
      webpart: 'interestGroupFeed',
      'prop.feedSource': 'mine',
      subEntityId: `post:${group.id}:${old.id}`
    });
    const linked = page.getByRole('region', { name: 'The post you followed a link to' });
    await linked.waitFor({ timeout: 20_000 });
    await expect(linked.getByRole('article').count()).resolves.toBe(1);
    await close();
  });

  it("never shows a private group's content to a non-member, in the feed or through a link", async () => {
    const closed = await groupByName(PRIVATE_GROUP);
    const listing = await graph<{ value: { id: string }[] }>(
      `/teams/${closed.id}/channels/${encodeURIComponent(closed.channelId)}/messages?$top=1`,
      ANNE
    );
    const { page, close } = await openWorkbench(browser, {
      user: DAAN,
      webpart: 'interestGroupFeed',
      group: closed.id,
      post: listing.value[0].id
    });
    await page.getByText('This group is private: only its members see its posts.').waitFor({ timeout: 20_000 });
    await feed(page).locator('article').first().waitFor({ timeout: 20_000 });
    expect(await groupsShown(page)).not.toContain(PRIVATE_GROUP);
    await expect(page.getByRole('region', { name: 'The post you followed a link to' }).count()).resolves.toBe(0);
    await close();
  });

  it("shows a Teams channel tab its own team's posts", async () => {
    const { page, close } = await openWorkbench(browser, { user: ANNE, host: 'teams', webpart: 'interestGroupFeed' });
    await feed(page).locator('article').first().waitFor({ timeout: 20_000 });
    expect(await groupsShown(page)).toHaveLength(1);
    await close();
  });

  it.each(['teamsLight', 'teamsDark', 'teamsHighContrast'])('has no axe violations in %s', async (theme) => {
    const { page, close } = await openWorkbench(browser, {
      user: ANNE,
      host: 'teams',
      theme,
      webpart: 'interestGroupFeed'
    });
    await feed(page).locator('article').first().waitFor({ timeout: 20_000 });
    expect(await webPartViolations(page)).toEqual([]);
    await saveScreenshot(page, `interest-group-feed-${theme}`);
    await close();
  });
});
