import * as path from 'path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian's Chromium, headless, as every browser test drives it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update'
    ]
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

export interface OpenOptions {
  /** 1280 × 900 unless given. */
  viewport?: { width: number; height: number };
}

/**
 * Opens the workbench with the given query (`user`, `host`, `theme`, `locale`, `layout`, `webpart`, `prop.*`)
 * in a new page and waits until the chrome is up and the web parts are mounted.
 */
export async function openWorkbench(
  browser: Browser,
  query: WorkbenchQueryParams = {},
  options: OpenOptions = {}
): Promise<OpenedWorkbench> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
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
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
  );
}

/**
 * Axe's WCAG 2.1 A and AA rules over what `include` selects (by default every web part on the page), leaving out
 * tabster's focus sentinels.
 */
export async function webPartViolations(
  page: Page,
  include: readonly string[] = ['[data-workbench-webpart]']
): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  let builder = new AxeBuilder({ page });
  for (const selector of include) {
    builder = builder.include(selector);
  }
  const results = await builder
    .exclude('[data-tabster-dummy]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
  );
}

/** Saves a screenshot under test/screenshots (git-ignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(__dirname, '..', 'screenshots', `${name}.png`) });
}

/** Something inside a web part that is wider than the box it is in. */
export interface Overflow {
  /** `scroll`: the box scrolls sideways; `clip`: it cuts its content off; `outside`: it sticks out of the frame. */
  kind: 'scroll' | 'clip' | 'outside';
  /** A readable path from the frame: tag, `fui-*` class, role or aria-label, and test attributes. */
  selector: string;
  /** How wide the content is, and how wide the box shows it. */
  scrollWidth: number;
  clientWidth: number;
  text: string;
}

/**
 * Runs in the page: everything inside `frame` that scrolls sideways, clips its content, or reaches past the
 * frame's edges (only the outermost of a sticking-out subtree). Boxes of a pixel or less are screen-reader-only
 * text, hidden on purpose, and are left out. Self-contained, since Playwright sends it to the page as source.
 */
function overflowsInFrame(frame: Element): Overflow[] {
  const describe = (node: Element): string => {
    const parts: string[] = [];
    for (let at: Element | null = node; at && at !== frame.parentElement && parts.length < 5; at = at.parentElement) {
      const fluent = Array.from(at.classList).filter((name) => name.startsWith('fui-'));
      const data = Array.from(at.attributes).filter((attr) => attr.name.startsWith('data-workbench'));
      const named = ['aria-label', 'role'].find((name) => at?.hasAttribute(name));
      parts.unshift(
        at.tagName.toLowerCase() +
          fluent.map((name) => `.${name}`).join('') +
          data.map((attr) => `[${attr.name}="${attr.value}"]`).join('') +
          (named ? `[${named}="${at.getAttribute(named)}"]` : '')
      );
    }
    return parts.join(' > ');
  };
  const tiny = (node: Element): boolean => {
    const box = node.getBoundingClientRect();
    return box.width <= 1 || box.height <= 1 || getComputedStyle(node).visibility === 'hidden';
  };
  const finding = (kind: Overflow['kind'], node: Element): Overflow => ({
    kind,
    selector: describe(node),
    scrollWidth: node.scrollWidth,
    clientWidth: kind === 'outside' ? Math.round(node.getBoundingClientRect().width) : node.clientWidth,
    text: (node.textContent ?? '').trim().slice(0, 60)
  });
  const found: Overflow[] = frame.scrollWidth > frame.clientWidth + 1 ? [finding('scroll', frame)] : [];
  const edges = frame.getBoundingClientRect();
  const skipped = new Set<Element>();
  // Inside a box that scrolls or clips, content cannot stick out: that box is reported instead.
  const contained = new Set<Element>();
  const outside = new Set<Element>();
  for (const node of Array.from(frame.querySelectorAll('*'))) {
    const parent = node.parentElement;
    if ((parent && skipped.has(parent)) || tiny(node)) {
      skipped.add(node);
      continue;
    }
    const overflowX = getComputedStyle(node).overflowX;
    if (overflowX !== 'visible' && node.scrollWidth > node.clientWidth + 1) {
      found.push(finding(overflowX === 'auto' || overflowX === 'scroll' ? 'scroll' : 'clip', node));
    }
    if (parent && (contained.has(parent) || (parent !== frame && getComputedStyle(parent).overflowX !== 'visible'))) {
      contained.add(node);
      continue;
    }
    const box = node.getBoundingClientRect();
    if (box.right > edges.right + 1 || box.left < edges.left - 1) {
      outside.add(node);
      if (!parent || !outside.has(parent)) {
        found.push(finding('outside', node));
      }
    }
  }
  return found;
}

/** What inside the web part frame matching `frameSelector` is wider than the box it is in (see `Overflow`). */
export async function horizontalOverflows(page: Page, frameSelector: string): Promise<Overflow[]> {
  return page.locator(frameSelector).evaluate(overflowsInFrame);
}
