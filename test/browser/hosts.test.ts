import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { fluentTheme, type ThemeName } from '../../src/host/themes';
import { hostInfoForWorkbenchPage, workbenchSectionTheme } from '../../src/host/workbenchHost';
import whoKnowsWhatManifest from '../../src/webparts/whoKnowsWhat/WhoKnowsWhatWebPart.manifest.json';
import { workbenchStrings } from '../../workbench/src/strings';
import { chromeViolations, launchBrowser, openWorkbench, saveScreenshot, settle } from '../support/browser';

jest.setTimeout(40_000);

const ANNE = 'anne.devries@hogeschool.example';
const user = { loginName: ANNE, displayName: 'Anne de Vries' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function rgb(hex: string): string {
  const value = parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

/** The canvas colour a web part sits on: a SharePoint section's background, or the Teams tab's. */
function expectedCanvas(theme: ThemeName): string {
  return theme.startsWith('teams')
    ? rgb(fluentTheme(theme).colorNeutralBackground2)
    : rgb(
        hostInfoForWorkbenchPage({ theme: workbenchSectionTheme(theme), uiCultureName: 'en-us', user }).theme
          .colorNeutralBackground1
      );
}

async function canvasColour(page: Page, theme: ThemeName): Promise<string> {
  const selector = theme.startsWith('teams')
    ? '[data-workbench-webpart] > .fui-FluentProvider'
    : '[data-workbench-section="1"]';
  return page
    .locator(selector)
    .first()
    .evaluate((node) => getComputedStyle(node).backgroundColor);
}

async function pickOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe.each<[ThemeName, string]>([
  ['sharepointLight', 'sharepoint'],
  ['sharepointDark', 'sharepoint'],
  ['teamsLight', 'teams'],
  ['teamsDark', 'teams'],
  ['teamsHighContrast', 'teams']
])('the %s theme', (theme, host) => {
  it("renders the web parts on the theme's canvas, without console errors or axe violations in the chrome", async () => {
    const { page, errors, close } = await openWorkbench(browser, { user: ANNE, host, theme, webpart: 'colleagueCard' });
    await settle(page);
    expect(await canvasColour(page, theme)).toBe(expectedCanvas(theme));
    expect(await chromeViolations(page)).toEqual([]);
    await saveScreenshot(page, `workbench-${theme}`);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the Teams host', () => {
  it('shows one web part full-bleed, as a Teams tab (the interest-group feed, a channel tab, by default)', async () => {
    const { page, errors, close } = await openWorkbench(browser, { user: ANNE, host: 'teams', theme: 'teamsLight' });
    await settle(page);
    const mounted = await page
      .locator('[data-workbench-webpart]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-workbench-webpart')));
    expect(mounted).toEqual(['interestGroupFeed']);
    expect(errors).toEqual([]);
    const tab = await page.locator('[data-workbench-teams-tab]').boundingBox();
    const viewport = page.viewportSize()!;
    expect(tab?.x).toBe(0);
    expect(tab?.width).toBe(viewport.width);
    expect(Math.round((tab?.y ?? 0) + (tab?.height ?? 0))).toBeGreaterThanOrEqual(viewport.height);
    await close();
  });

  it('opens a chat through the simulated teams-js and shows it instead of leaving the page', async () => {
    const daan = 'daan.bakker@hogeschool.example';
    const { page, errors, close } = await openWorkbench(browser, {
      user: ANNE,
      host: 'teams',
      theme: 'teamsLight',
      webpart: 'colleagueCard',
      'prop.source': 'person',
      'prop.person': daan
    });
    await page.getByRole('heading', { name: 'Daan Bakker', level: 3 }).waitFor({ timeout: 20_000 });
    const opened: string[] = [];
    page.context().on('page', (popup) => opened.push(popup.url()));
    const before = page.url();

    await page.locator('[data-workbench-webpart]').getByRole('button', { name: 'Chat in Teams' }).click();

    const toast = page.locator('[data-workbench-teams-call="openChat"]');
    await toast.getByText(`Teams would open a chat with ${daan}`).waitFor();
    expect(await toast.innerText()).toContain('No message filled in');
    // The toast fades in: axe would measure the contrast of half-transparent text.
    await page.waitForFunction(() => {
      for (let node = document.querySelector('[data-workbench-teams-call]'); node; node = node.parentElement) {
        if (getComputedStyle(node).opacity !== '1') {
          return false;
        }
      }
      return true;
    });
    expect(opened).toEqual([]);
    expect(page.url()).toBe(before);
    expect(await chromeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workbench-teams-chat');
    expect(errors).toEqual([]);
    await close();
  });

  it('follows a theme change through the Teams theme handler without remounting the web part', async () => {
    const { page, errors, close } = await openWorkbench(browser, {
      user: ANNE,
      host: 'teams',
      theme: 'teamsLight',
      webpart: 'whoKnowsWhat'
    });
    const root = page.locator('[data-workbench-webpart] > .fui-FluentProvider').first();
    await root.evaluate((node) => node.setAttribute('data-test-mounted', 'before-theme-change'));
    expect(await canvasColour(page, 'teamsLight')).toBe(expectedCanvas('teamsLight'));

    await pickOption(page, 'Theme', 'Teams dark');

    await page.waitForFunction((expected) => {
      const node = document.querySelector('[data-workbench-webpart] > .fui-FluentProvider');
      return node !== null && getComputedStyle(node).backgroundColor === expected;
    }, expectedCanvas('teamsDark'));
    expect(await root.getAttribute('data-test-mounted')).toBe('before-theme-change');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('teamsDark');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('languages', () => {
  const loc = (locale: string): Record<string, string> =>
    require(path.join(__dirname, '..', '..', 'src', 'webparts', 'whoKnowsWhat', 'loc', `${locale}.js`)) as Record<
      string,
      string
    >;

  it.each(['en-us', 'nl-nl'] as const)(
    'renders the web parts, the chrome and the property pane in %s',
    async (locale) => {
      const strings = loc(locale);
      const chrome = workbenchStrings(locale);
      const title =
        locale === 'nl-nl'
          ? whoKnowsWhatManifest.preconfiguredEntries[0].title['nl-NL']
          : whoKnowsWhatManifest.preconfiguredEntries[0].title.default;
      const { page, errors, close } = await openWorkbench(browser, { user: ANNE, locale });
      await settle(page);
      const langs = await page
        .locator('[data-workbench-webpart] > .fui-FluentProvider')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
      expect(langs).toEqual([locale, locale, locale]);
      await page.locator('[data-workbench-webpart="whoKnowsWhat"]').getByText(strings.Intro).waitFor();
      if (locale === 'nl-nl') {
        await saveScreenshot(page, 'workbench-nl-nl');
      }

      expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));
      for (const label of [
        chrome.userPicker.signInAs,
        chrome.topBar.host,
        chrome.topBar.theme,
        chrome.topBar.language,
        chrome.topBar.layout
      ]) {
        expect(await page.getByRole('combobox', { name: label }).count()).toBe(1);
      }
      await page.getByRole('button', { name: chrome.topBar.emulatorPanel }).click();
      await page
        .getByRole('region', { name: chrome.emulatorPanel.title })
        .getByText(chrome.emulatorPanel.slowResponses(800))
        .waitFor();

      await page.getByRole('button', { name: chrome.canvas.editProperties(title) }).click();
      const pane = page.getByRole('dialog', { name: chrome.propertyPanel.properties(title) });
      await pane.getByText(strings.PropertyPaneDescription).waitFor();
      expect(await pane.getByRole('textbox', { name: strings.TitleFieldLabel }).count()).toBe(1);
      expect(await pane.getByRole('button', { name: chrome.propertyPanel.apply }).count()).toBe(1);
      expect(await chromeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    }
  );

  it('reloads the page in the language picked in the top bar', async () => {
    const { page, close } = await openWorkbench(browser, { user: ANNE, host: 'teams', webpart: 'whoKnowsWhat' });
    await pickOption(page, 'Language', 'Nederlands');
    await page.waitForURL(/locale=nl-nl/);
    await page.locator('[data-workbench-webpart="whoKnowsWhat"]').getByText(loc('nl-nl').Intro).waitFor();
    await close();
  });
});
