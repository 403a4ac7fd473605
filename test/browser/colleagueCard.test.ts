import type { Browser, Page } from 'playwright-core';
import { emulatorUrl, launchBrowser, openWorkbench, saveScreenshot, webPartViolations } from '../support/browser';

jest.setTimeout(60_000);

const ANNE = 'anne.devries@hogeschool.example';
const NEW_SKILL = 'Beekeeping for campus biodiversity';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function tokenFor(user: string): Promise<string> {
  const response = await fetch(`${emulatorUrl()}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user })
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function graphSkills(user: string): Promise<string[]> {
  const response = await fetch(`${emulatorUrl()}/v1.0/me?$select=skills`, {
    headers: { Authorization: `Bearer ${await tokenFor(user)}` }
  });
  return ((await response.json()) as { skills: string[] }).skills;
}

async function setGraphSkills(user: string, skills: string[]): Promise<void> {
  await fetch(`${emulatorUrl()}/v1.0/me`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${await tokenFor(user)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ skills })
  });
}

async function openCard(theme = 'teamsLight'): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const opened = await openWorkbench(browser, {
    user: ANNE,
    host: 'teams',
    theme,
    webpart: 'colleagueCard',
    'prop.source': 'me'
  });
  await opened.page.getByRole('heading', { name: 'Anne de Vries', level: 3 }).waitFor({ timeout: 20_000 });
  return opened;
}

describe('the colleague card in the workbench', () => {
  it('shows the signed-in user with manager, direct reports and skills', async () => {
    const { page, errors, close } = await openCard();
    const manager = page.getByRole('region', { name: 'Manager' });
    await expect(manager.getByRole('link').count()).resolves.toBe(1);
    const reports = page.getByRole('list', { name: 'Direct reports' }).getByRole('link');
    expect(await reports.count()).toBe(5);
    await page.getByRole('button', { name: /^Show all \(\d+\)$/ }).click();
    expect(await reports.count()).toBeGreaterThanOrEqual(6);
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toBe(
      (await reports.nth(5).textContent()) ?? '-'
    );
    const skills = page.getByRole('toolbar', { name: 'Skills' }).getByRole('link');
    expect(await skills.count()).toBeGreaterThan(1);
    // One tab stop for the skills; the arrow keys go from link to link.
    await skills.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(skills.nth(1).evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    await page.getByText(/Presence: /).waitFor();
    const contributions = page.getByRole('region', { name: 'Recent contributions' }).getByRole('link');
    await contributions.first().waitFor();
    expect(await contributions.count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'colleague-card-teams-light');
    expect(errors).toEqual([]);
    await close();
  });

  it('adds a skill that persists: the emulator returns it and a fresh page shows it', async () => {
    const original = await graphSkills(ANNE);
    try {
      const { page, close } = await openCard();
      await page.getByRole('button', { name: 'Edit my profile' }).click();
      const input = page.getByRole('combobox', { name: 'Skills' });
      await input.fill(NEW_SKILL);
      await input.press('Enter');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Your profile was saved.').waitFor();
      expect(await graphSkills(ANNE)).toEqual([...original, NEW_SKILL]);

      await page.reload();
      await page.getByRole('heading', { name: 'Anne de Vries', level: 3 }).waitFor({ timeout: 20_000 });
      await page.getByRole('toolbar', { name: 'Skills' }).getByText(NEW_SKILL).waitFor();
      await close();

      // A new browser context has no cache: the skill comes from Graph.
      const fresh = await openCard();
      await fresh.page.getByRole('toolbar', { name: 'Skills' }).getByText(NEW_SKILL).waitFor();
      await fresh.close();
    } finally {
      await setGraphSkills(ANNE, original);
    }
  });

  it('removes the last entry from the keyboard: Backspace goes to it, Backspace again removes it', async () => {
    const { page, close } = await openCard();
    await page.getByRole('button', { name: 'Edit my profile' }).click();
    const chosen = page.getByRole('listbox', { name: 'Skills' }).getByRole('option');
    const before = await chosen.allTextContents();
    await page.getByRole('combobox', { name: 'Skills' }).focus();
    await page.keyboard.press('Backspace');
    await expect(chosen.last().evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Backspace');
    await expect(chosen.allTextContents()).resolves.toEqual(before.slice(0, -1));
    await close();
  });

  it('offers contact actions of at least 44 × 44 px', async () => {
    const { page, close } = await openCard();
    for (const name of ['Chat in Teams', 'Send email', 'Call', 'Edit my profile']) {
      const box = await page.getByRole('article').locator('.fui-Button', { hasText: name }).boundingBox();
      expect([name, Math.min(box?.width ?? 0, box?.height ?? 0) >= 44]).toEqual([name, true]);
    }
    await close();
  });

  it('opens the hover card by mouse and by keyboard', async () => {
    const { page, close } = await openCard();
    const firstReport = page.getByRole('list', { name: 'Direct reports' }).getByRole('link').first();
    const name = (await firstReport.textContent()) ?? '';
    await firstReport.hover();
    const hoverCard = page.getByRole('group', { name: `Profile of ${name}` });
    await hoverCard.waitFor({ state: 'visible' });
    await expect(hoverCard.getByRole('link', { name: 'Open full profile' }).isVisible()).resolves.toBe(true);
    await page.mouse.move(0, 0);
    await hoverCard.waitFor({ state: 'hidden' });

    const manager = page.getByRole('region', { name: 'Manager' }).getByRole('link').first();
    const managerName = (await manager.textContent()) ?? '';
    await page.getByRole('button', { name: 'Edit my profile' }).focus();
    await page.keyboard.press('Shift+Tab');
    // Walk the tab order from the header to the manager's name, as a keyboard user does.
    for (let i = 0; i < 20 && !(await manager.evaluate((node) => node === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await manager.evaluate((node) => node === document.activeElement)).toBe(true);
    const managerCard = page.getByRole('group', { name: `Profile of ${managerName}` });
    await managerCard.waitFor({ state: 'visible' });
    await saveScreenshot(page, 'colleague-card-hover');
    await page.keyboard.press('Escape');
    await managerCard.waitFor({ state: 'hidden' });
    await close();
  });

  it.each(['teamsLight', 'teamsDark', 'teamsHighContrast'])('has no axe violations in %s', async (theme) => {
    const { page, close } = await openCard(theme);
    await page.getByText(/Presence: /).waitFor();
    expect(await webPartViolations(page)).toEqual([]);
    await saveScreenshot(page, `colleague-card-${theme}`);
    await close();
  });
});
