import * as path from 'path';
import type { Browser } from 'playwright-core';
import {
  horizontalOverflows,
  launchBrowser,
  openWorkbench,
  saveScreenshot,
  settle,
  webPartViolations,
  type Overflow
} from '../support/browser';
import {
  ANNE,
  READER,
  channelMessages,
  clearFaults,
  graph,
  groupByName,
  lastSeq,
  messagePostsSince,
  messagesSaying,
  openNewPost,
  postSaying,
  feedOf,
  requestsSince,
  resetEmulator,
  setFaults,
  sharePoint,
  textOf,
  threadReplies,
  until,
  userId,
  watchProgress,
  type TestGroup
} from '../support/composerPage';

jest.setTimeout(90_000);

/** Public; Anne owns it. Its members include Fatima el Amrani and Sanne Jansen (who reads the channel back). */
const GROUP = 'Toetsing en beoordeling';
const FATIMA = 'fatima.elamrani@hogeschool.example';
const MB = 1024 * 1024;

let browser: Browser;
let group: TestGroup;
let anneId: string;

/** Unique text per test, so no test (of this file or another) sees another's post. */
function unique(words: string): string {
  return `${words} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

type ComposerPage = Awaited<ReturnType<typeof openNewPost>>;
let shared: ComposerPage | undefined;

/**
 * The feed with "Start a post" open in the test group, one page for the tests that each leave the composer idle:
 * opened by the first, cleared for the next (its console errors too), closed after the last test of the file.
 */
async function sharedNewPost(): Promise<ComposerPage> {
  if (!shared) {
    shared = await openNewPost(browser, { group: GROUP });
  } else {
    await shared.composer.clear();
    shared.errors.splice(0);
  }
  return { ...shared, close: async () => undefined };
}

beforeAll(async () => {
  browser = await launchBrowser();
  group = await groupByName(GROUP);
  anneId = await userId(ANNE);
});

afterEach(async () => {
  await clearFaults();
});

afterAll(async () => {
  await shared?.close();
  await browser?.close();
  // Other browser tests expect the seed: no posts or uploads of ours.
  await resetEmulator();
}, 30_000);

describe('writing a new post', () => {
  it('posts bold text with Ctrl+Enter in one request: said, shown at the top of the feed, stored once', async () => {
    const { page, errors, close, composer } = await sharedNewPost();
    const text = unique('voor de propedeuse');
    await composer.type('Wie heeft een ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('rubric');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(` ${text}?`);
    await settle(page);
    const since = await lastSeq();
    const started = Date.now();
    await composer.send();
    await composer.statusSays('Your post was sent.');
    const first = feedOf(page).locator('article').first();
    await first.filter({ hasText: text }).waitFor({ timeout: 10_000 });
    const shownAfterMs = Date.now() - started;
    await expect(
      first
        .locator('strong, b')
        .filter({ hasText: /^rubric$/ })
        .count()
    ).resolves.toBe(1);
    // The text after the bold word is not bold.
    await expect(first.locator('strong, b').filter({ hasText: text }).count()).resolves.toBe(0);
    await expect(composer.editor.innerText()).resolves.toBe('');

    const stored = await messagesSaying(group, text);
    expect(stored).toHaveLength(1);
    expect(stored[0].from?.user?.id).toBe(anneId);
    expect(stored[0].body.content).toMatch(/<(strong|b)>rubric<\/(strong|b)>/);
    await settle(page);
    const posts = await messagePostsSince(group, since);
    console.log(`New post: ${posts} POST(s) to …/messages; shown in the feed ${shownAfterMs} ms after Ctrl+Enter`);
    expect(posts).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('mentions a member picked from "@": the members first, stored as <at> with a mention of that person', async () => {
    const fatima = await graph<{ id: string; displayName: string }>(`/users/${FATIMA}?$select=id,displayName`, ANNE);
    const { page, errors, close, composer } = await sharedNewPost();
    const text = unique('Vraag over de rubric');
    await composer.type(`${text} aan @${fatima.displayName.slice(0, 4)}`);
    const people = composer.root.getByRole('listbox', { name: 'People to mention' });
    const firstPerson = people.getByRole('option').first();
    await firstPerson.filter({ hasText: fatima.displayName }).waitFor({ timeout: 10_000 });
    await expect(firstPerson.textContent()).resolves.toContain('Member of this group');
    await expect(firstPerson.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(composer.editor.getAttribute('aria-activedescendant')).resolves.toBe(
      await firstPerson.getAttribute('id')
    );
    await page.keyboard.press('Enter');
    await people.waitFor({ state: 'detached' });
    await page.keyboard.type('kun jij meekijken?');
    await composer.send();
    await composer.statusSays('Your post was sent.');

    const [stored] = await messagesSaying(group, text);
    expect(stored.body.content).toMatch(new RegExp(`<at id="0">${fatima.displayName}</at>`));
    expect(stored.mentions).toEqual([
      expect.objectContaining({
        id: 0,
        mentionText: fatima.displayName,
        mentioned: expect.objectContaining({ user: expect.objectContaining({ id: fatima.id }) })
      })
    ]);

    // In the feed the mention is the person: a link whose hover card (by mouse and by keyboard) names them.
    const post = postSaying(page, text);
    const mention = post.getByRole('link', { name: fatima.displayName, exact: true });
    await mention.waitFor({ timeout: 5_000 });
    const card = page.getByRole('group', { name: `Profile of ${fatima.displayName}` });
    await mention.hover();
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'hidden' });
    await mention.focus();
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    expect(errors).toEqual([]);
    await close();
  });

  it('shares an intranet document found by its title: a chip, then a file card opening SharePoint in a new tab', async () => {
    // A document of the seeded intranet, as SharePoint search finds it for Anne.
    const found = await sharePoint('intranet', `/_api/search/query?querytext='handreiking toetsbeleid'&rowlimit=1`);
    const table = found.json as {
      PrimaryQueryResult: { RelevantResults: { Table: { Rows: { Cells: { Key: string; Value: string }[] }[] } } };
    };
    const cells = table.PrimaryQueryResult.RelevantResults.Table.Rows[0].Cells;
    const cell = (key: string): string => cells.find((entry) => entry.Key === key)?.Value ?? '';
    const document = { title: cell('Title'), path: cell('Path'), fileName: cell('Filename') };
    expect(document.path).toMatch(/\/sites\/intranet\//);

    const { page, errors, close, composer } = await sharedNewPost();
    const text = unique('Zie de handreiking');
    await composer.type(text);
    await composer.root.getByRole('button', { name: 'Share a document' }).click();
    const search = composer.root.getByRole('combobox', { name: 'Find a document or page' });
    await search.click();
    await page.keyboard.type(document.title);
    const option = page
      .getByRole('listbox', { name: 'Documents found' })
      .getByRole('option')
      .filter({ hasText: document.title })
      .first();
    await option.click({ timeout: 10_000 });
    const chip = composer.attached.getByRole('link', { name: document.fileName });
    await chip.waitFor();
    expect(decodeURI((await chip.getAttribute('href')) ?? '')).toBe(document.path);
    await composer.send();
    await composer.statusSays('Your post was sent.');

    const card = postSaying(page, text).getByRole('link', { name: document.fileName });
    await card.waitFor({ timeout: 10_000 });
    expect(decodeURI((await card.getAttribute('href')) ?? '')).toBe(document.path);
    await expect(card.getAttribute('target')).resolves.toBe('_blank');
    await expect(card.getAttribute('rel')).resolves.toMatch(/\bnoopener\b/);

    const [stored] = await messagesSaying(group, text);
    const references = stored.attachments.filter((attachment) => attachment.contentType === 'reference');
    expect(references).toHaveLength(1);
    expect(decodeURI(references[0].contentUrl ?? '')).toBe(document.path);
    expect(stored.body.content).toContain(`<attachment id="${references[0].id}">`);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('replying to a thread', () => {
  it('replies with Ctrl+Enter in one request; Escape closes, focus goes back to Reply, the draft is kept', async () => {
    const subject = unique('Wie heeft ervaring met peer review');
    const thread = await graph<{ id: string }>(group.messagesPath, READER, {
      method: 'POST',
      body: JSON.stringify({ subject, body: { contentType: 'html', content: '<p>Graag jullie tips.</p>' } })
    });
    const { page, errors, close } = await openWorkbench(browser, { user: ANNE, webpart: 'interestGroupFeed' });
    const post = feedOf(page).locator('article', { has: page.getByRole('heading', { name: subject }) });
    await post.waitFor({ timeout: 20_000 });
    const replyButton = post.getByRole('button', { name: 'Reply', exact: true });
    await replyButton.click();
    const composer = post.getByRole('group', { name: 'Your reply' });
    const editor = composer.getByRole('textbox', { name: 'Reply' });
    await editor.waitFor({ timeout: 10_000 });
    await until('the reply field has the focus', () => editor.evaluate((node) => node === document.activeElement));
    const text = unique('Wij werken met een vaste rubric');
    await page.keyboard.type(text);
    await settle(page);
    const since = await lastSeq();
    const started = Date.now();
    await page.keyboard.press('Control+Enter');
    await composer.locator('[role="status"][aria-live="polite"]').filter({ hasText: 'Your reply was sent.' }).waitFor();
    await post.getByText(text).waitFor({ timeout: 10_000 });
    const shownAfterMs = Date.now() - started;
    const replies = (await threadReplies(group, thread.id)).filter((reply) => textOf(reply.body.content) === text);
    expect(replies.map((reply) => reply.from?.user?.id)).toEqual([anneId]);
    await settle(page);
    const posts = await messagePostsSince(group, since, thread.id);
    console.log(`Reply: ${posts} POST(s) to …/replies; shown in the thread ${shownAfterMs} ms after Ctrl+Enter`);
    expect(posts).toBe(1);
    await expect(messagePostsSince(group, since)).resolves.toBe(0);

    // A draft of a second reply: Escape closes the composer, keeps the draft, and gives the focus back.
    const draft = unique('Nog een aanvulling');
    await editor.click();
    await page.keyboard.type(draft);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await until('the focus is back on Reply', () => replyButton.evaluate((node) => node === document.activeElement));
    await replyButton.click();
    await editor.filter({ hasText: draft }).waitFor({ timeout: 10_000 });
    await expect(threadReplies(group, thread.id).then((all) => all.length)).resolves.toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('uploading from this device', () => {
  it('uploads 12 MB with its progress into the channel folder and posts it as a file card', async () => {
    const { page, errors, close, composer } = await sharedNewPost();
    const name = `${unique('Opname les')}.mp4`;
    const label = `Uploading ${name}`;
    // A little latency keeps each part's progress on screen long enough to be read.
    await setFaults({ latencyMs: 300 });
    const progress = watchProgress(page, label);
    await composer.root
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'video/mp4', buffer: Buffer.alloc(12 * MB, 1) });
    const chip = composer.attached.getByRole('link', { name });
    await chip.waitFor({ timeout: 30_000 });
    const shown = await progress;
    await clearFaults();
    console.log(`Upload progress shown: ${shown.join(' → ')}`);
    expect(shown[0]).toMatch(/^0% \| .*0% · 0 KB of 12 MB/);
    const percents = shown.map((entry) => Number(/^(\d+)%/.exec(entry)?.[1]));
    expect(percents.some((percent) => percent > 0 && percent < 100)).toBe(true);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    await composer.root
      .getByRole('status')
      .filter({ hasText: `${name} is uploaded and attached.` })
      .waitFor();

    const folder = `/sites/${group.mailNickname}/Shared Documents/General`;
    const file = await sharePoint(
      group.mailNickname,
      `/_api/web/GetFileByServerRelativeUrl('${encodeURIComponent(`${folder}/${name}`)}')`
    );
    expect(file.status).toBe(200);
    expect(Number(file.json.Length)).toBe(12 * MB);
    const href = (await chip.getAttribute('href')) ?? '';
    expect(decodeURI(new URL(href).pathname)).toBe(`${folder}/${name}`);

    const text = unique('Opname van de les');
    await composer.type(text);
    await composer.send();
    await composer.statusSays('Your post was sent.');
    const card = postSaying(page, text).getByRole('link', { name });
    await card.waitFor({ timeout: 10_000 });
    await expect(card.getAttribute('href')).resolves.toBe(href);
    const [stored] = await messagesSaying(group, text);
    expect(stored.attachments.map((attachment) => [attachment.contentType, attachment.contentUrl])).toEqual([
      ['reference', href]
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  it('cancels an upload half way: no chip, and nothing of the file is left in the library', async () => {
    const { page, close, composer } = await sharedNewPost();
    const name = `${unique('Verslag')}.mp4`;
    const label = `Uploading ${name}`;
    const since = await lastSeq();
    await setFaults({ latencyMs: 600 });
    await composer.root
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'video/mp4', buffer: Buffer.alloc(12 * MB, 2) });
    const bar = composer.root.getByRole('progressbar', { name: label });
    await bar.waitFor({ timeout: 10_000 });
    // Half way: the first part is in SharePoint's upload session.
    await until('the first part is uploaded', async () => (await bar.getAttribute('aria-valuetext')) !== '0%', 20_000);
    await composer.root.getByRole('button', { name: `Cancel uploading ${name}` }).click();
    await composer.root
      .getByRole('status')
      .filter({ hasText: `Uploading ${name} was cancelled.` })
      .waitFor();
    await expect(bar.count()).resolves.toBe(0);
    await expect(composer.attached.count()).resolves.toBe(0);
    await expect(composer.uploadButton.isEnabled()).resolves.toBe(true);

    const address = `/_api/web/GetFileByServerRelativeUrl('${encodeURIComponent(
      `/sites/${group.mailNickname}/Shared Documents/General/${name}`
    )}')`;
    await until('the stub is removed', async () => (await sharePoint(group.mailNickname, address)).status === 404);
    await clearFaults();
    // Whatever was on its way when Cancel was pressed has landed by now; the file stays gone.
    await settle(page);
    await expect(sharePoint(group.mailNickname, address).then((answer) => answer.status)).resolves.toBe(404);
    await expect(composer.attached.count()).resolves.toBe(0);
    // Not gone because it never came: the file and its first part had been stored before Cancel.
    const stored = (await requestsSince(since))
      .filter((request) => request.status === 200 && decodeURIComponent(request.url).includes(name))
      .map((request) => /\/(AddUsingPath|StartUpload)\(/i.exec(request.url)?.[1])
      .filter(Boolean);
    expect(stored).toEqual(['AddUsingPath', 'StartUpload']);
    await close();
  });
});

describe('never lost, never doubled', () => {
  it('keeps the text after a 503 and sends it once with Try again', async () => {
    const { page, close, composer } = await openNewPost(browser, { group: GROUP });
    const text = unique('Wanneer is de toetscommissie');
    await composer.type(text);
    await settle(page);
    const since = await lastSeq();
    await setFaults({ statuses: [503], retryAfterSeconds: 1, count: 1 });
    await composer.send();
    await composer.statusSays(/^Not sent: /);
    await expect(composer.editor.innerText()).resolves.toBe(text);
    await expect(messagesSaying(group, text)).resolves.toHaveLength(0);
    await clearFaults();
    await composer.root.getByRole('button', { name: 'Try again' }).click();
    await composer.statusSays('Your post was sent.');
    await expect(messagesSaying(group, text)).resolves.toHaveLength(1);
    await settle(page);
    await expect(messagePostsSince(group, since)).resolves.toBe(2);
    await close();
  });

  it('finds a post that was stored although its answer was lost, and never posts it twice', async () => {
    const { page, close, composer } = await openNewPost(browser, { group: GROUP });
    const text = unique('Verloren antwoord');
    await composer.type(text);
    await settle(page);
    // The next request (the POST) is stored, then its connection dropped.
    await setFaults({ statuses: [0], afterStore: true, count: 1 });
    await composer.send();
    await composer.statusSays(/reached the channel after all|Your post was sent\./);
    await expect(postSaying(page, text).count()).resolves.toBe(1);
    await expect(messagesSaying(group, text)).resolves.toHaveLength(1);

    // Sending again sends nothing: the draft went with the send.
    await composer.send();
    await composer.root.getByText('Write something or attach a document first.').waitFor();
    await page.reload();
    await feedOf(page).locator('article').first().waitFor({ timeout: 20_000 });
    await settle(page);
    await expect(page.getByRole('button', { name: 'Start a post' }).count()).resolves.toBe(1);
    await expect(messagesSaying(group, text)).resolves.toHaveLength(1);
    await close();
  });

  it('finds a post whose answer was lost on the way back to the browser, and sends nothing again', async () => {
    const { page, close, composer } = await openNewPost(browser, { group: GROUP });
    const text = unique('Antwoord onderweg verloren');
    await composer.type(text);
    // Graph stores the POST; the answer never reaches the page, which sees a reset connection. (Done here, above
    // Chromium's network stack, which would otherwise replay a POST whose reused connection closed: see below.)
    let lost = 0;
    await page.route(`**/v1.0${group.messagesPath}`, async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const answer = await route.fetch();
      lost += answer.status() === 201 ? 1 : 0;
      return route.abort('connectionreset');
    });
    await composer.send();
    await composer.statusSays('Your earlier send had reached the channel after all; it was not sent again.');
    await page.unrouteAll();
    expect(lost).toBe(1);
    await expect(postSaying(page, text).count()).resolves.toBe(1);
    await expect(composer.editor.innerText()).resolves.toBe('');
    await expect(messagesSaying(group, text)).resolves.toHaveLength(1);
    await close();
  });

  it('when the channel cannot be checked either, says so, and finds the post after a reload', async () => {
    const { page, close, composer } = await openNewPost(browser, { group: GROUP });
    const text = unique('Antwoord en controle verloren');
    await composer.type(text);
    await settle(page);
    // Every answer is lost: the POST's (after it was stored) and the look in the channel that follows.
    await setFaults({ statuses: [0], afterStore: true });
    await composer.send();
    await composer.statusSays(/^Your send may not have reached the channel/);
    await composer.root.getByRole('button', { name: 'Check and send again' }).waitFor();
    await clearFaults();
    await page.reload();
    // The draft with its send in question opens at once and is looked for before anything is sent again.
    const again = page.getByRole('group', { name: 'New post' });
    await again
      .locator('[role="status"][aria-live="polite"]')
      .filter({ hasText: 'Your earlier send had reached the channel after all; it was not sent again.' })
      .waitFor({ timeout: 20_000 });
    await expect(messagesSaying(group, text)).resolves.toHaveLength(1);
    await close();
  });

  it('keeps a draft through a reload, for its writer only', async () => {
    const { page, close, composer } = await openNewPost(browser, { group: GROUP });
    const text = unique('Nog niet klaar');
    await composer.type(text);
    // The draft is written half a second after the last keystroke.
    await page.waitForTimeout(800);
    await page.reload();
    const again = page.getByRole('group', { name: 'New post' });
    const editor = again.getByRole('textbox', { name: 'Message' });
    await editor.filter({ hasText: text }).waitFor({ timeout: 20_000 });
    await expect(again.getByRole('combobox', { name: 'Post in' }).inputValue()).resolves.toBe(group.id);
    await expect(messagesSaying(group, text)).resolves.toHaveLength(0);

    // Someone else signing in on this browser does not get Anne's draft.
    const url = new URL(page.url());
    url.searchParams.set('user', 'sanne.jansen@hogeschool.example');
    await page.goto(url.toString());
    await feedOf(page).locator('article').first().waitFor({ timeout: 20_000 });
    await settle(page);
    await expect(page.getByRole('button', { name: 'Start a post' }).count()).resolves.toBe(1);
    await expect(page.getByText(text).count()).resolves.toBe(0);
    await close();
  });

  it('waits for the network when offline and then sends once', async () => {
    const { page, close, composer } = await openNewPost(browser, { group: GROUP });
    const text = unique('Offline geschreven');
    await composer.type(text);
    await settle(page);
    const since = await lastSeq();
    await page.context().setOffline(true);
    await composer.send();
    await composer.statusSays('You are offline. Your message is kept and is sent when you are back online.');
    await page.waitForTimeout(500);
    await expect(messagePostsSince(group, since)).resolves.toBe(0);
    await page.context().setOffline(false);
    await composer.statusSays('Your post was sent.');
    await expect(messagesSaying(group, text)).resolves.toHaveLength(1);
    await settle(page);
    await expect(messagePostsSince(group, since)).resolves.toBe(1);
    await close();
  });
});

describe('posting the same text twice', () => {
  it('asks first: Keep editing sends nothing, Post again sends a second copy', async () => {
    const thanks = 'Dank jullie wel!';
    const from = new Date(Date.now() - 1000).toISOString();
    const mine = async () =>
      (await channelMessages(group)).filter(
        (message) =>
          textOf(message.body.content) === thanks &&
          message.from?.user?.id === anneId &&
          message.createdDateTime >= from
      );
    const { page, close, composer } = await sharedNewPost();
    await composer.type(thanks);
    await composer.send();
    await composer.statusSays('Your post was sent.');
    const [first] = await mine();
    const at = await page.evaluate(
      (iso) => new Date(iso).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' }),
      first.createdDateTime
    );

    await composer.type(thanks);
    await settle(page);
    const since = await lastSeq();
    await composer.send();
    await composer.statusSays(`You posted the same text at ${at}. Send it again?`);
    await composer.root.getByRole('button', { name: 'Keep editing' }).click();
    await until('the question is gone', async () => (await composer.status.innerText()) === '');
    await expect(composer.editor.innerText()).resolves.toBe(thanks);
    await settle(page);
    await expect(messagePostsSince(group, since)).resolves.toBe(0);
    await expect(mine()).resolves.toHaveLength(1);

    await composer.send();
    await composer.statusSays(`You posted the same text at ${at}. Send it again?`);
    await composer.root.getByRole('button', { name: 'Post again' }).click();
    await composer.statusSays('Your post was sent.');
    await expect(mine()).resolves.toHaveLength(2);
    await settle(page);
    await expect(messagePostsSince(group, since)).resolves.toBe(1);
    await close();
  });
});

function describeOverflows(overflows: Overflow[]): string[] {
  return overflows.map(
    (overflow) =>
      `${overflow.kind} at ${overflow.selector}: content ${overflow.scrollWidth} px in ${overflow.clientWidth} px` +
      (overflow.text ? ` ("${overflow.text}")` : '')
  );
}

const THEMES = [
  ['teamsLight', 'Teams light'],
  ['teamsDark', 'Teams dark'],
  ['teamsHighContrast', 'Teams high contrast']
] as const;

describe('the open composer, seen and checked', () => {
  it('has no axe violations with the mention list open in the Teams light, dark and high-contrast themes', async () => {
    const { page, close, composer } = await openNewPost(browser, {
      query: { host: 'teams', theme: THEMES[0][0], 'prop.feedSource': 'mine' }
    });
    await composer.type('Vraag aan @Fati');
    const canvas = page.locator('[data-workbench-webpart] > .fui-FluentProvider').first();
    const violations: Record<string, string[]> = {};
    for (const [theme, label] of THEMES) {
      if (theme !== THEMES[0][0]) {
        // The Teams host hands the web part a new theme without remounting it: the composer keeps its text.
        const before = await canvas.evaluate((node) => getComputedStyle(node).backgroundColor);
        await page.getByRole('combobox', { name: 'Theme' }).click();
        await page.getByRole('option', { name: label, exact: true }).click();
        await until(`the ${theme} theme is applied`, async () =>
          canvas.evaluate((node, previous) => getComputedStyle(node).backgroundColor !== previous, before)
        );
        await composer.editor.click();
        await page.keyboard.press('Control+End');
      }
      const people = composer.root.getByRole('listbox', { name: 'People to mention' });
      await people.getByRole('option').first().waitFor({ timeout: 10_000 });
      await expect(composer.editor.innerText()).resolves.toBe('Vraag aan @Fati');
      violations[theme] = await webPartViolations(page);
      await saveScreenshot(page, `composer-${theme}`);
      await composer.root.screenshot({ path: path.join(__dirname, '..', 'screenshots', `composer-part-${theme}.png`) });
    }
    expect(violations).toEqual({ teamsLight: [], teamsDark: [], teamsHighContrast: [] });
    await close();
  });

  it('fits a one-third column and a 420 px wide window with a document attached and the mention list open', async () => {
    const { page, close, composer } = await openNewPost(browser, { query: { layout: 'oneThird' }, group: GROUP });
    await composer.root.getByRole('button', { name: 'Share a document' }).click();
    await composer.root.getByRole('combobox', { name: 'Find a document or page' }).click();
    await page.keyboard.type('handreiking toetsbeleid');
    await page.getByRole('listbox', { name: 'Documents found' }).getByRole('option').first().click({ timeout: 10_000 });
    await composer.attached.waitFor();
    await composer.type('Zie de bijlage, @Fati');
    await composer.root.getByRole('listbox', { name: 'People to mention' }).getByRole('option').first().waitFor();
    const frame = '[data-workbench-frame="interestGroupFeed"]';
    const overflowing: Record<string, string[]> = {};
    for (const [name, width] of [
      ['composer-one-third', 1280],
      ['composer-narrow-420', 420]
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      const frameWidth = await page.locator(frame).evaluate((node) => Math.round(node.getBoundingClientRect().width));
      console.log(`${name}: the web part is ${frameWidth} px wide`);
      await saveScreenshot(page, name);
      await composer.root.screenshot({ path: path.join(__dirname, '..', 'screenshots', `${name}-part.png`) });
      overflowing[`${frameWidth} px`] = describeOverflows(await horizontalOverflows(page, frame));
    }
    // Without the suggestions over it: the document's chip, its long name wrapped, and the actions.
    await page.keyboard.press('Escape');
    await composer.root.getByRole('listbox', { name: 'People to mention' }).waitFor({ state: 'detached' });
    await composer.root.screenshot({
      path: path.join(__dirname, '..', 'screenshots', 'composer-narrow-420-attached.png')
    });
    overflowing['420 px window, suggestions closed'] = describeOverflows(await horizontalOverflows(page, frame));
    // Listed in full on failure: each line is one element that scrolls sideways, cuts text off or sticks out.
    expect(overflowing).toEqual(Object.fromEntries(Object.keys(overflowing).map((width) => [width, []])));
    await close();
  });
});
