import type { Browser, Page } from 'playwright-core';
import { chromeViolations, emulatorUrl, launchBrowser, openWorkbench, saveScreenshot, settle } from '../support/browser';

const ANNE = 'anne.devries@hogeschool.example';

jest.setTimeout(30_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the workbench on a SharePoint page', () => {
  it('mounts the three web parts for the default demo user without console errors', async () => {
    const { page, errors, close } = await openWorkbench(browser);
    await settle(page);
    const mounted = await page.locator('[data-workbench-webpart]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-workbench-webpart')));
    expect(mounted).toEqual(['interestGroupFeed', 'colleagueCard', 'whoKnowsWhat']);
    await expectText(page, '[data-workbench-webpart="colleagueCard"]', 'Anne de Vries');
    expect(errors).toEqual([]);
    await close();
  });

  it('signs in as another demo user from the searchable picker, and the card shows the new "me"', async () => {
    const { page, errors, close } = await openWorkbench(browser, { user: ANNE });
    await expectText(page, '[data-workbench-webpart="colleagueCard"]', 'Anne de Vries');

    const picker = page.getByRole('combobox', { name: 'Sign in as' });
    await picker.click();
    await picker.fill('');
    await picker.pressSequentially('bakker');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual([expect.stringMatching(/^Daan Bakker/)]);
    await options.first().click();

    await expectText(page, '[data-workbench-webpart="colleagueCard"]', 'Daan Bakker');
    expect(await page.locator('[data-workbench-webpart="colleagueCard"]').innerText()).not.toContain('Anne de Vries');
    expect(new URL(page.url()).searchParams.get('user')).toBe('daan.bakker@hogeschool.example');
    await settle(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('edits a web part through its property pane, applies the values and keeps them in the URL', async () => {
    const { page, close } = await openWorkbench(browser);
    await page.getByRole('button', { name: 'Edit Who knows what properties' }).click();
    const pane = page.getByRole('dialog', { name: 'Who knows what properties' });
    await pane.getByRole('textbox', { name: 'Title' }).fill('Vind een collega');
    await pane.getByRole('button', { name: 'Apply' }).click();

    await expectText(page, '[data-workbench-webpart="whoKnowsWhat"]', 'Vind een collega');
    expect(await pane.count()).toBe(0);
    const url = new URL(page.url());
    expect(url.searchParams.get('webpart')).toBe('whoKnowsWhat');
    expect(url.searchParams.get('prop.title')).toBe('Vind een collega');

    await page.reload();
    await expectText(page, '[data-workbench-webpart="whoKnowsWhat"]', 'Vind een collega');
    expect(await page.locator('[data-workbench-webpart="colleagueCard"]').getByText('Vind een collega').count()).toBe(0);
    await close();
  });

  it('shows the request log of the last action and switches latency on and off in the emulator panel', async () => {
    const { page, close } = await openWorkbench(browser);
    await settle(page);
    const panel = page.getByRole('region', { name: 'Emulator' });
    expect(await panel.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Emulator panel' }).click();
    await panel.waitFor({ state: 'visible' });

    await pick(page, 'Host', 'Teams tab');
    await settle(page);
    // Only the Teams tab of the interest-group feed (a channel tab) looks up the user's team.
    await panel.getByRole('table').getByText('/v1.0/me/joinedTeams').first().waitFor();
    const summary = await panel.getByText(/requests? since the last action/).innerText();
    const rows = await panel.getByRole('table').getByRole('row').count();
    expect(Number(summary.split(' ')[0])).toBe(rows - 1);
    expect(rows - 1).toBeGreaterThan(1);
    expect(await chromeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workbench-emulator-panel');

    const token = await (await fetch(`${emulatorUrl()}/_emulator/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json() as { access_token: string };
    const timeMe = async (): Promise<number> => {
      const started = Date.now();
      await fetch(`${emulatorUrl()}/v1.0/me?$select=id`, { headers: { Authorization: `Bearer ${token.access_token}` } });
      return Date.now() - started;
    };
    const latency = panel.getByRole('switch', { name: /Slow responses/ });
    await latency.check();
    await expect(waitFor(async () => (await timeMe()) >= 700)).resolves.toBe(true);
    await latency.uncheck();
    await expect(waitFor(async () => (await timeMe()) < 400)).resolves.toBe(true);
    await close();
  });
});

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).getByText(text).first().waitFor({ timeout: 15_000 });
}

/** Polls a condition for a few seconds: the panel applies faults asynchronously. */
async function waitFor(condition: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await condition()) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return false;
}
