import type { Browser, Page } from 'playwright-core';
import {
  chromeViolations,
  emulatorUrl,
  launchBrowser,
  openWorkbench,
  saveScreenshot,
  settle
} from '../support/browser';

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
    const mounted = await page
      .locator('[data-workbench-webpart]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-workbench-webpart')));
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
    expect(await page.locator('[data-workbench-webpart="colleagueCard"]').getByText('Vind een collega').count()).toBe(
      0
    );
    await close();
  });

  it('lists only the requests of the current page, newest first, and switches latency on and off', async () => {
    const token = await issueToken();
    const graph = (path: string): Promise<Response> =>
      fetch(`${emulatorUrl()}/v1.0${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const earlierPage = '/v1.0/me?$select=id,mobilePhone,preferredLanguage';
    await graph(earlierPage.slice('/v1.0'.length));
    const { page, close } = await openWorkbench(browser, { user: ANNE });
    await settle(page);
    const panel = page.getByRole('region', { name: 'Emulator' });
    expect(await panel.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Emulator panel' }).click();
    await panel.waitFor({ state: 'visible' });

    await pick(page, 'Host', 'Teams tab');
    await settle(page);
    // Only the Teams tab of the interest-group feed (a channel tab) looks up the user's team, then its channel.
    const table = panel.getByRole('table', { name: 'Requests on this page, newest first' });
    await table.getByText('/v1.0/me/joinedTeams').first().waitFor();
    await table.getByText('/primaryChannel').first().waitFor();
    const { summary, urls } = await panel.evaluate((region) => ({
      summary:
        Array.from(region.querySelectorAll('span')).find((span) =>
          / on this page, newest first$/.test(span.textContent ?? '')
        )?.textContent ?? '',
      urls: Array.from(region.querySelectorAll('tbody tr')).map((row) => row.textContent ?? '')
    }));
    expect(Number(summary.split(' ')[0])).toBe(urls.length);
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.findIndex((url) => url.includes('/primaryChannel'))).toBeLessThan(
      urls.findIndex((url) => url.includes('/me/joinedTeams'))
    );
    expect(urls.filter((url) => url.includes(earlierPage))).toEqual([]);
    expect(await chromeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workbench-emulator-panel');

    const timeMe = async (): Promise<number> => {
      const started = Date.now();
      await graph('/me?$select=id');
      return Date.now() - started;
    };
    const latency = panel.getByRole('switch', { name: /Slow responses/ });
    await latency.check();
    await expect(waitFor(async () => (await timeMe()) >= 700)).resolves.toBe(true);
    await latency.uncheck();
    await expect(waitFor(async () => (await timeMe()) < 400)).resolves.toBe(true);
    await close();
  });

  it('fails up to 100 % of requests, and still shows the faults after a reload', async () => {
    const { page, close } = await openWorkbench(browser, { user: ANNE });
    try {
      await page.getByRole('button', { name: 'Emulator panel' }).click();
      const panel = page.getByRole('region', { name: 'Emulator' });
      await panel.getByRole('switch', { name: /Inject failures/ }).check();
      await panel.getByRole('slider').focus();
      await page.keyboard.press('End');
      await panel.getByText('Requests that fail: 100 %').waitFor();
      await expect(waitFor(async () => (await emulatorFaults()).failureRate === 1)).resolves.toBe(true);

      await page.reload();
      await page.getByRole('button', { name: 'Emulator panel' }).click();
      await panel.getByText('Requests that fail: 100 %').waitFor();
      expect(await panel.getByRole('switch', { name: /Inject failures/ }).isChecked()).toBe(true);
      expect(await panel.getByRole('switch', { name: /Slow responses/ }).isChecked()).toBe(false);
      await saveScreenshot(page, 'workbench-emulator-faults');

      await panel.getByRole('switch', { name: /Inject failures/ }).uncheck();
      await expect(waitFor(async () => (await emulatorFaults()).failureRate === 0)).resolves.toBe(true);
    } finally {
      await fetch(`${emulatorUrl()}/_emulator/faults`, { method: 'DELETE' });
      await close();
    }
  });
});

async function issueToken(): Promise<string> {
  const response = await fetch(`${emulatorUrl()}/_emulator/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}'
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function emulatorFaults(): Promise<{ failureRate?: number; latencyMs?: number }> {
  return (await fetch(`${emulatorUrl()}/_emulator/faults`)).json() as Promise<{
    failureRate?: number;
    latencyMs?: number;
  }>;
}

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
