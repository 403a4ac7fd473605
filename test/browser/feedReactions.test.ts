import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  emulatorUrl,
  launchBrowser,
  openWorkbench,
  saveScreenshot,
  settle,
  webPartViolations
} from '../support/browser';

jest.setTimeout(120_000);

const ANNE = 'anne.devries@hogeschool.example';
const DAAN = 'daan.bakker@hogeschool.example';
const GROUP = 'Toetsing en beoordeling';

let browser: Browser;
let thread: { messages: string; subject: string };

interface ReadReaction {
  reactionType: string;
  user: { user: { id: string } };
}

interface LoggedRequest {
  seq?: number;
  method: string;
  url: string;
  status: number;
  batch?: true;
}

async function graph<T>(route: string, user: string, init: RequestInit = {}): Promise<T> {
  const token = await fetch(`${emulatorUrl()}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user })
  }).then(async (response) => ((await response.json()) as { access_token: string }).access_token);
  const response = await fetch(`${emulatorUrl()}/v1.0${route}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
  });
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as T;
}

async function userId(upn: string): Promise<string> {
  return (await graph<{ id: string }>(`/users/${upn}?$select=id`, ANNE)).id;
}

/** The emulator's request log after `since`; it is shared with the other browser test files. */
async function requestsSince(since: number): Promise<LoggedRequest[]> {
  return (await fetch(`${emulatorUrl()}/_emulator/requests?since=${since}`).then((r) => r.json())) as LoggedRequest[];
}

async function lastSeq(): Promise<number> {
  const log = (await fetch(`${emulatorUrl()}/_emulator/requests?order=desc`).then((r) => r.json())) as LoggedRequest[];
  return log[0]?.seq ?? 0;
}

/** Graph's reactions on the test's post as Anne reads them. */
async function reactionsInGraph(): Promise<ReadReaction[]> {
  return (await graph<{ reactions: ReadReaction[] }>(thread.messages, ANNE)).reactions;
}

/** The test's post in the feed: new, so its thread has the newest activity of all of Anne's groups. */
async function threadIn(page: Page): Promise<Locator> {
  const article = page
    .getByRole('feed', { name: 'Posts from your interest groups' })
    .locator('article', { has: page.getByRole('heading', { name: thread.subject }) });
  await article.waitFor({ timeout: 20_000 });
  return article;
}

function status(article: Locator): Locator {
  return article.getByRole('status').filter({ hasText: /reaction|reacted/ });
}

beforeAll(async () => {
  browser = await launchBrowser();
  const group = (await graph<{ value: { id: string }[] }>(`/groups?$filter=displayName eq '${GROUP}'&$select=id`, ANNE))
    .value[0];
  const channel = await graph<{ id: string }>(`/teams/${group.id}/primaryChannel`, ANNE);
  const subject = `Reacties ${Date.now()}`;
  const base = `/teams/${group.id}/channels/${encodeURIComponent(channel.id)}/messages`;
  const post = await graph<{ id: string }>(base, DAAN, {
    method: 'POST',
    body: JSON.stringify({ subject, body: { contentType: 'html', content: '<p>Wie gebruikt peer feedback?</p>' } })
  });
  thread = { messages: `${base}/${post.id}`, subject };
  await graph(`${thread.messages}/setReaction`, DAAN, { method: 'POST', body: JSON.stringify({ reactionType: '👍' }) });
});

afterAll(async () => {
  await browser?.close();
  // Other browser tests expect the seed.
  await fetch(`${emulatorUrl()}/_emulator/reset`, { method: 'POST' });
}, 30_000);

describe('reactions in the feed', () => {
  it('reacts to a post at once with one request, keeps it through a reload, and takes it back', async () => {
    const anneId = await userId(ANNE);
    const { page, errors, close } = await openWorkbench(browser, { user: ANNE, webpart: 'interestGroupFeed' });
    let article = await threadIn(page);
    await settle(page);
    const since = await lastSeq();
    await article.getByRole('button', { name: 'Like, 1 person' }).click();
    const mine = article.getByRole('button', { name: 'Like, 2 people, including you' });
    await expect(mine.getAttribute('aria-pressed')).resolves.toBe('true');
    await status(article).filter({ hasText: 'You reacted with Like.' }).waitFor();
    await settle(page);
    const graphRequests = (await requestsSince(since)).filter((request) => request.url.startsWith('/v1.0/'));
    expect(graphRequests.map((request) => `${request.method} ${request.url.replace(/\?.*$/, '')}`)).toEqual([
      `POST /v1.0${thread.messages}/setReaction`
    ]);
    expect((await reactionsInGraph()).map((reaction) => [reaction.reactionType, reaction.user.user.id])).toEqual([
      ['👍', await userId(DAAN)],
      ['👍', anneId]
    ]);

    await page.reload();
    article = await threadIn(page);
    await expect(
      article.getByRole('button', { name: 'Like, 2 people, including you' }).getAttribute('aria-pressed')
    ).resolves.toBe('true');

    await article.getByRole('button', { name: 'Like, 2 people, including you' }).click();
    await article.getByRole('button', { name: 'Like, 1 person' }).waitFor();
    await status(article).filter({ hasText: 'Your Like reaction was taken back.' }).waitFor();
    expect((await reactionsInGraph()).map((reaction) => reaction.user.user.id)).toEqual([await userId(DAAN)]);
    await page.reload();
    article = await threadIn(page);
    await expect(article.getByRole('button', { name: 'Like, 1 person' }).getAttribute('aria-pressed')).resolves.toBe(
      'false'
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('names who reacted when a reaction gets keyboard focus, and adds a reaction from the picker', async () => {
    const daan = await graph<{ displayName: string }>(`/users/${DAAN}?$select=displayName`, ANNE);
    const { page, errors, close } = await openWorkbench(browser, { user: ANNE, webpart: 'interestGroupFeed' });
    const article = await threadIn(page);
    const like = article.getByRole('button', { name: 'Like, 1 person' });
    await like.focus();
    const tooltip = page.getByRole('tooltip');
    await tooltip.filter({ hasText: daan.displayName }).waitFor({ timeout: 10_000 });
    await expect(like.getAttribute('aria-describedby')).resolves.toBe(await tooltip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });

    await article.getByRole('button', { name: 'Add reaction' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose a reaction' });
    await picker.waitFor({ timeout: 10_000 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    const heart = article.getByRole('button', { name: 'Heart, you' });
    await expect(heart.getAttribute('aria-pressed')).resolves.toBe('true');
    await status(article).filter({ hasText: 'You reacted with Heart.' }).waitFor();
    expect((await reactionsInGraph()).map((reaction) => reaction.reactionType)).toEqual(['👍', '❤️']);
    await heart.click();
    await status(article).filter({ hasText: 'Your Heart reaction was taken back.' }).waitFor();

    // A seeded thread's reaction: the names its thread does not give come in one lookup, inside one $batch.
    const seeded = page
      .getByRole('feed', { name: 'Posts from your interest groups' })
      .locator('article', { hasNot: page.getByRole('heading', { name: thread.subject }) })
      .locator('button[aria-pressed]')
      .first();
    await settle(page);
    const since = await lastSeq();
    await seeded.focus();
    await tooltip.filter({ hasNotText: 'Looking up' }).waitFor({ timeout: 10_000 });
    await settle(page);
    const lookups = (await requestsSince(since)).filter((request) => request.url.startsWith('/v1.0/users'));
    expect(lookups.length).toBeLessThanOrEqual(1);
    console.log(`Who reacted, seeded thread: ${lookups.map((r) => `${r.method} ${r.url} batch=${r.batch}`).join(' ')}`);
    expect(lookups.every((request) => request.batch === true && /filter=id(%20|\+| )in/.test(request.url))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['teamsLight', 'teamsDark', 'teamsHighContrast'])(
    'has no axe violations in %s, with my reaction and who reacted showing',
    async (theme) => {
      const { page, close } = await openWorkbench(browser, {
        user: ANNE,
        host: 'teams',
        theme,
        webpart: 'interestGroupFeed',
        'prop.feedSource': 'mine'
      });
      const article = await threadIn(page);
      await article.getByRole('button', { name: 'Add reaction' }).click();
      const picker = page.getByRole('dialog', { name: 'Choose a reaction' });
      await picker.waitFor({ timeout: 10_000 });
      expect(await webPartViolations(page, ['[data-workbench-webpart]', '.fui-PopoverSurface'])).toEqual([]);
      await page.waitForTimeout(500);
      // The open picker hides the rest of the page from assistive technology, so the post is found by its text.
      await page
        .locator('article', { hasText: thread.subject })
        .screenshot({ path: path.join(__dirname, '..', 'screenshots', `feed-reactions-picker-${theme}.png`) });
      await picker.getByRole('button', { name: 'Laugh' }).click();
      const laugh = article.getByRole('button', { name: 'Laugh, you' });
      await status(article).filter({ hasText: 'You reacted with Laugh.' }).waitFor();
      await article.getByRole('button', { name: 'Like, 1 person' }).focus();
      await page.getByRole('tooltip').filter({ hasText: /\w/ }).waitFor({ timeout: 10_000 });
      await page.getByRole('tooltip').filter({ hasNotText: 'Looking up' }).waitFor();
      expect(await webPartViolations(page, ['[data-workbench-webpart]', '.fui-PopoverSurface'])).toEqual([]);
      // The tooltip fades in.
      await page.waitForTimeout(500);
      await saveScreenshot(page, `feed-reactions-${theme}`);
      await article.screenshot({ path: path.join(__dirname, '..', 'screenshots', `feed-reactions-post-${theme}.png`) });
      await laugh.click();
      await status(article).filter({ hasText: 'Your Laugh reaction was taken back.' }).waitFor();
      await close();
    }
  );
});
