import type { Browser, Locator, Page } from 'playwright-core';
import {
  emulatorUrl,
  launchBrowser,
  openWorkbench,
  saveScreenshot,
  webPartViolations,
  type OpenedWorkbench
} from '../support/browser';

jest.setTimeout(120_000);

const ANNE = 'anne.devries@hogeschool.example';
// A name several enabled colleagues share, each with another job title or department: found in the seed.
let SAME_NAME = '';

interface GraphUser {
  userPrincipalName: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  SAME_NAME = await sharedName();
});

afterAll(async () => {
  await browser?.close();
});

async function tokenOf(user: string): Promise<string> {
  const tokenResponse = await fetch(`${emulatorUrl()}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user })
  });
  return ((await tokenResponse.json()) as { access_token: string }).access_token;
}

/** The first name (in code-unit order) that two to five enabled members share, told apart by job and department. */
async function sharedName(): Promise<string> {
  const token = await tokenOf(ANNE);
  const query = new URLSearchParams({
    $select: 'displayName,jobTitle,department,accountEnabled,userType',
    $top: '999'
  });
  const byName = new Map<string, string[]>();
  let next: string | undefined = `${emulatorUrl()}/v1.0/users?${query.toString()}`;
  while (next) {
    const response = await fetch(next, { headers: { Authorization: `Bearer ${token}` } });
    const page = (await response.json()) as {
      value: (GraphUser & { accountEnabled?: boolean; userType?: string })[];
      '@odata.nextLink'?: string;
    };
    for (const user of page.value) {
      if (user.accountEnabled === false || user.userType === 'Guest' || !user.jobTitle || !user.department) continue;
      byName.set(user.displayName, [...(byName.get(user.displayName) ?? []), `${user.jobTitle} · ${user.department}`]);
    }
    next = page['@odata.nextLink'];
  }
  const name = [...byName]
    .filter(([, roles]) => roles.length >= 2 && roles.length <= 5 && new Set(roles).size === roles.length)
    .map(([displayName]) => displayName)
    .sort()[0];
  if (!name) throw new Error('The seed has no colleagues who share a name.');
  return name;
}

async function graphNamesakes(name: string): Promise<GraphUser[]> {
  const token = await tokenOf(ANNE);
  const query = new URLSearchParams({
    $search: `"displayName:${name}"`,
    $select: 'userPrincipalName,displayName,jobTitle,department',
    $top: '8'
  });
  const response = await fetch(`${emulatorUrl()}/v1.0/users?${query.toString()}`, {
    headers: { Authorization: `Bearer ${token}`, ConsistencyLevel: 'eventual' }
  });
  const users = ((await response.json()) as { value: GraphUser[] }).value;
  return users.filter((user) => user.displayName === name);
}

async function openPicker(theme = 'teamsLight'): Promise<OpenedWorkbench> {
  const opened = await openWorkbench(browser, {
    user: ANNE,
    host: 'teams',
    theme,
    webpart: 'colleagueCard',
    'prop.source': 'person'
  });
  await picker(opened.page).waitFor({ timeout: 20_000 });
  return opened;
}

const picker = (page: Page): Locator => page.getByRole('combobox', { name: 'Find a colleague' });

const isFocused = (locator: Locator): Promise<boolean> => locator.evaluate((node) => node === document.activeElement);

async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 30 && !(await isFocused(target)); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await isFocused(target)).toBe(true);
}

describe('the shared people picker in the colleague card', () => {
  it('finds a colleague by keyboard only, tells namesakes apart, and keeps the choice in the address', async () => {
    const namesakes = await graphNamesakes(SAME_NAME);
    expect(namesakes.length).toBeGreaterThanOrEqual(2);
    const { page, errors, close } = await openPicker();

    await tabTo(page, picker(page));
    await page.keyboard.type(SAME_NAME);
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first().waitFor()).resolves.toBeUndefined();
    expect(await options.count()).toBe(namesakes.length);

    const texts = await options.allTextContents();
    for (const user of namesakes) {
      expect(texts).toContainEqual(expect.stringContaining(`${user.jobTitle} · ${user.department}`));
    }
    expect(new Set(texts).size).toBe(texts.length);
    expect(await options.locator('.fui-Avatar').count()).toBe(namesakes.length);
    await options.locator('.fui-Avatar img').first().waitFor();
    // The open listbox's portal must not cover the page: the field itself is still what is under its box.
    expect(
      await picker(page).evaluate((node) => {
        const box = node.getBoundingClientRect();
        return document.elementFromPoint(box.left + 5, box.top + box.height / 2) === node;
      })
    ).toBe(true);
    await saveScreenshot(page, 'person-picker-open');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = page.locator(`#${await picker(page).getAttribute('aria-activedescendant')}`);
    const activeText = (await active.textContent()) ?? '';
    expect(activeText).toBe(texts[1]);
    const chosen = namesakes.find((user) => activeText.includes(`${user.jobTitle} · ${user.department}`));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: SAME_NAME, level: 3 }).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('person')).toBe(chosen?.userPrincipalName);
    await expect(
      page
        .getByText(chosen?.department ?? '-')
        .first()
        .isVisible()
    ).resolves.toBe(true);

    await page.reload();
    await page.getByRole('heading', { name: SAME_NAME, level: 3 }).waitFor({ timeout: 20_000 });
    await expect(
      page
        .getByText(chosen?.department ?? '-')
        .first()
        .isVisible()
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('says so when nobody matches', async () => {
    const { page, close } = await openPicker();
    await picker(page).fill('Qwxz');
    await page.getByText('No colleague found for “Qwxz”, try a first or last name.').waitFor();
    expect(await picker(page).getAttribute('aria-expanded')).toBe('false');
    await close();
  });

  it.each(['teamsLight', 'teamsDark', 'teamsHighContrast'])(
    'has no axe violations with the results open in %s',
    async (theme) => {
      const { page, close } = await openPicker(theme);
      await picker(page).focus();
      await page.keyboard.type(SAME_NAME);
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await webPartViolations(page, ['[data-workbench-webpart]', '[role="listbox"]'])).toEqual([]);
      await saveScreenshot(page, `person-picker-${theme}`);
      await close();
    }
  );

  it('is the person field of the workbench edit panel', async () => {
    const namesakes = await graphNamesakes(SAME_NAME);
    const { page, close } = await openWorkbench(browser, {
      user: ANNE,
      host: 'teams',
      webpart: 'colleagueCard',
      'prop.source': 'person'
    });
    await page.getByRole('button', { name: 'Edit Colleague card properties' }).click();
    const field = page.getByRole('combobox', { name: 'Person' });
    await field.fill(SAME_NAME);
    const options = page.getByRole('listbox').getByRole('option');
    await options.first().waitFor();
    await saveScreenshot(page, 'person-picker-edit-panel');
    const text = (await options.nth(0).textContent()) ?? '';
    const chosen = namesakes.find((user) => text.includes(`${user.jobTitle} · ${user.department}`));
    await options.nth(0).click();
    await page.getByText(`Chosen: ${chosen?.userPrincipalName}`).waitFor();
    await page.getByRole('button', { name: 'Apply' }).click();

    await page.getByRole('heading', { name: SAME_NAME, level: 3 }).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('prop.person')).toBe(chosen?.userPrincipalName);
    await close();
  });
});
