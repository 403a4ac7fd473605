import type { Browser, Page } from 'playwright-core';
import {
  horizontalOverflows,
  launchBrowser,
  openWorkbench,
  saveScreenshot,
  settle,
  type OpenedWorkbench,
  type Overflow
} from '../support/browser';

jest.setTimeout(60_000);

const ANNE = 'anne.devries@hogeschool.example';
const WEB_PARTS = ['interestGroupFeed', 'colleagueCard', 'whoKnowsWhat'] as const;
type WebPartId = (typeof WEB_PARTS)[number];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits until the web parts show content, not their skeletons: the card until its person's name is there. */
async function contentShown(page: Page): Promise<void> {
  await settle(page);
  const card = page.locator('[data-workbench-webpart="colleagueCard"]');
  if ((await card.count()) > 0) {
    await card.getByRole('heading', { name: 'Anne de Vries', level: 3 }).waitFor({ timeout: 20_000 });
    await card.getByText(/Presence: /).waitFor();
  }
  await settle(page);
}

function frameWidth(page: Page, id: WebPartId): Promise<number> {
  return page
    .locator(`[data-workbench-frame="${id}"]`)
    .evaluate((frame) => Math.round(frame.getBoundingClientRect().width));
}

/** One line per overflow, so that a failure names the element, how wide its content is and how wide its box. */
function describeOverflows(where: string, overflows: Overflow[]): string[] {
  return overflows.map(
    (overflow) =>
      `${where}: ${overflow.kind} at ${overflow.selector}: content ${overflow.scrollWidth} px in ${overflow.clientWidth} px` +
      (overflow.text ? ` ("${overflow.text}")` : '')
  );
}

async function expectNoSidewaysOverflow(page: Page, id: WebPartId, where: string): Promise<void> {
  const overflows = describeOverflows(
    `${id} in ${where}`,
    await horizontalOverflows(page, `[data-workbench-frame="${id}"]`)
  );
  // Listed in full on failure: each line is one element that scrolls sideways, cuts text off or sticks out.
  expect({ webPart: id, where, overflowing: overflows }).toEqual({ webPart: id, where, overflowing: [] });
}

describe.each([
  ['oneThird', 'a one-third column', (width: number) => expect(width).toBe(320)],
  ['half', 'a half column', (width: number) => expect(width).toBeGreaterThan(500)],
  ['full', 'a full-width column', (width: number) => expect(width).toBeGreaterThan(1100)]
] as const)('a SharePoint page with every web part in %s layout at 1280 px', (layout, where, expectWidth) => {
  let opened: OpenedWorkbench;

  beforeAll(async () => {
    opened = await openWorkbench(browser, { user: ANNE, layout });
    await contentShown(opened.page);
    await saveScreenshot(opened.page, `layout-${layout}`);
  });

  afterAll(async () => {
    await opened?.close();
  });

  it.each(WEB_PARTS)(`gives %s the width of ${where}`, async (id) => {
    expectWidth(await frameWidth(opened.page, id));
  });

  it.each(WEB_PARTS)(`%s neither scrolls sideways nor clips text in ${where}`, async (id) => {
    await expectNoSidewaysOverflow(opened.page, id, where);
  });
});

describe.each([
  ['1280 px wide', { width: 1280, height: 900 }],
  ['320 px wide, as a meeting side panel', { width: 320, height: 900 }]
] as const)('a Teams tab %s', (where, viewport) => {
  it.each(WEB_PARTS)('shows %s without sideways scrolling or clipped text', async (id) => {
    const opened = await openWorkbench(
      browser,
      { user: ANNE, host: 'teams', theme: 'teamsLight', webpart: id },
      { viewport }
    );
    try {
      await contentShown(opened.page);
      expect(await frameWidth(opened.page, id)).toBe(viewport.width);
      await saveScreenshot(opened.page, `layout-teams-${viewport.width}-${id}`);
      await expectNoSidewaysOverflow(opened.page, id, `a Teams tab ${where}`);
    } finally {
      await opened.close();
    }
  });
});

describe('the overflow check', () => {
  it('finds what sticks out of a 320 px frame, what scrolls sideways and what cuts text off', async () => {
    const opened = await openWorkbench(browser, { user: ANNE, layout: 'oneThird' });
    try {
      await opened.page.locator('[data-workbench-webpart="whoKnowsWhat"]').evaluate((webPart) => {
        webPart.insertAdjacentHTML(
          'beforeend',
          '<div id="wide" style="width: 400px">wide</div>' +
            '<div id="scrolls" style="overflow-x: auto"><div style="width: 500px">scrolls</div></div>' +
            '<span id="cut" style="display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">' +
            'a skill name much too long to fit into a one-third column of a SharePoint page</span>' +
            '<span style="position: absolute; width: 1px; height: 1px; overflow: hidden">screen reader text that is long</span>'
        );
      });
      const overflows = await horizontalOverflows(opened.page, '[data-workbench-frame="whoKnowsWhat"]');
      expect(overflows.map((overflow) => [overflow.kind, overflow.text.slice(0, 7)])).toEqual([
        ['scroll', expect.any(String)],
        ['outside', 'wide'],
        ['scroll', 'scrolls'],
        ['clip', 'a skill']
      ]);
      expect(overflows.find((overflow) => overflow.kind === 'outside')).toMatchObject({
        clientWidth: 400,
        selector: expect.stringContaining('div')
      });
    } finally {
      await opened.close();
    }
  });
});
