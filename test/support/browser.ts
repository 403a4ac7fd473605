import * as path from 'path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian's Chromium, headless, as every browser test drives it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  });
}

/** The workbench URL the browser project's globalSetup started (`KRING_TEST_WORKBENCH_URL`). */
export function workbenchUrl(): string {
  const url = process.env.KRING_TEST_WORKBENCH_URL;
  if (!url) {
    throw new Error('KRING_TEST_WORKBENCH_URL is not set: run browser tests through the jest "browser" project.');
  }
  return url;
}

export function emulatorUrl(): string {
  const url = process.env.KRING_TEST_EMULATOR_URL;
  if (!url) {
    throw new Error('KRING_TEST_EMULATOR_URL is not set: run browser tests through the jest "browser" project.');
  }
  return url;
}

export type WorkbenchQueryParams = Record<string, string>;

export interface OpenedWorkbench {
  page: Page;
  /** Console errors and uncaught page errors seen since the page opened. */
  errors: string[];
  /** Closes the page and its browser context. */
  close(): Promise<void>;
}

/**
 * Opens the workbench with the given query (`user`, `host`, `theme`, `locale`, `webpart`, `prop.*`) in a new
 * page and waits until the chrome is up and the web parts are mounted.
 */
export async function openWorkbench(browser: Browser, query: WorkbenchQueryParams = {}): Promise<OpenedWorkbench> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${workbenchUrl()}/?${new URLSearchParams(query).toString()}`);
  await page.locator('[data-workbench-webpart]').first().waitFor({ state: 'visible', timeout: 20_000 });
  return { page, errors, close: () => context.close() };
}

/** Waits until the web parts have loaded their data (no request in flight for a moment). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/**
 * Axe's WCAG 2.1 A and AA rules over the workbench chrome; the web parts' own content is left to their tests.
 * Fluent's focus manager (tabster) puts hidden `<i data-tabster-dummy>` focus sentinels on the page on purpose:
 * they are not content and are left out.
 */
export async function chromeViolations(page: Page): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-workbench-webpart]')
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Saves a screenshot under test/screenshots (git-ignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(__dirname, '..', 'screenshots', `${name}.png`) });
}
