import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webLightTheme } from '@fluentui/react-components';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { HostInfo } from './HostInfo';
import { hostInfoFromSharePoint } from './sharePointHost';
import { hostInfoFromSpfx } from './spfxHost';
import { connectTeamsHost, withTeamsTheme, type TeamsAppLike, type TeamsContextLike } from './teamsHost';
import { teamsThemeName, teamsThemeOf, THEME_NAMES } from './themes';
import { hostInfoForWorkbenchPage, workbenchSectionTheme, WORKBENCH_SITE_PRIMARY } from './workbenchHost';

const anne = {
  id: 'a1',
  loginName: 'anne.devries@hogeschool.example',
  displayName: 'Anne de Vries',
  email: 'anne.devries@hogeschool.example'
};

/** A stand-in for teams-js's `app` namespace: one theme handler, replaced on each registration, as teams-js does. */
class FakeTeamsApp implements TeamsAppLike {
  public handler: ((theme: string) => void) | undefined;
  public registrations = 0;
  public constructor(private readonly context: TeamsContextLike) {}
  public getContext(): Promise<TeamsContextLike> {
    return Promise.resolve(this.context);
  }
  public registerOnThemeChangeHandler(handler: (theme: string) => void): void {
    this.registrations++;
    this.handler = handler;
  }
}

function spfxContext(teamsApp: TeamsAppLike | undefined): WebPartContext {
  const context = {
    pageContext: {
      user: { loginName: anne.loginName, displayName: anne.displayName, email: anne.email },
      aadInfo: { userId: { toString: () => anne.id } },
      cultureInfo: { currentUICultureName: 'nl-NL' }
    },
    sdks: { microsoftTeams: teamsApp ? { teamsJs: { app: teamsApp } } : undefined }
  };
  return context as unknown as WebPartContext;
}

describe('hostInfoFromSharePoint', () => {
  it('maps the section theme, the UI culture and keeps the page user', () => {
    const host = hostInfoFromSharePoint({
      theme: { isInverted: true, palette: { themePrimary: '#038387' } },
      uiCultureName: 'nl-NL',
      user: anne
    });
    expect(host.kind).toBe('sharepoint');
    expect(host.isDarkTheme).toBe(true);
    expect(host.isHighContrast).toBe(false);
    expect(host.locale).toBe('nl-nl');
    expect(host.user).toBe(anne);
    expect(host.theme.colorBrandForeground1).not.toBe(webLightTheme.colorBrandForeground1);
  });
});

describe('withTeamsTheme', () => {
  it('replaces only the theme fields', () => {
    const light = hostInfoFromSharePoint({ theme: undefined, uiCultureName: 'en-US', user: anne });
    const contrast = withTeamsTheme(light, 'contrast');
    expect(contrast.theme).toBe(teamsHighContrastTheme);
    expect(contrast.isHighContrast).toBe(true);
    expect(contrast.isDarkTheme).toBe(true);
    expect(contrast.user).toBe(anne);
    expect(contrast.locale).toBe('en-us');
    expect(withTeamsTheme(contrast, 'default').theme).toBe(teamsLightTheme);
  });
});

describe('connectTeamsHost', () => {
  it('maps the context and follows theme changes through the registered handler', async () => {
    const app = new FakeTeamsApp({
      app: { locale: 'en-US', theme: 'default' },
      user: { id: 'a1', displayName: 'Anne de Vries' }
    });
    const changes: HostInfo[] = [];
    const host = await connectTeamsHost(app, anne, (next) => changes.push(next));

    expect(host.kind).toBe('teams');
    expect(host.theme).toBe(teamsLightTheme);
    expect(app.registrations).toBe(1);

    app.handler?.('dark');
    app.handler?.('contrast');

    expect(changes.map((change) => change.theme)).toEqual([teamsDarkTheme, teamsHighContrastTheme]);
    expect(changes[1].isHighContrast).toBe(true);
    expect(changes[1].user.displayName).toBe('Anne de Vries');
  });
});

describe('hostInfoFromSpfx', () => {
  it('reads the SharePoint page when SPFx reports no Teams SDK', async () => {
    const host = await hostInfoFromSpfx(spfxContext(undefined), undefined);
    expect(host.kind).toBe('sharepoint');
    expect(host.locale).toBe('nl-nl');
    expect(host.user).toEqual(anne);
  });

  it('in Teams, registers the theme change handler only when asked to follow changes', async () => {
    const app = new FakeTeamsApp({ app: { locale: 'en-US', theme: 'dark' } });
    const once = await hostInfoFromSpfx(spfxContext(app), undefined);
    expect(once.kind).toBe('teams');
    expect(once.theme).toBe(teamsDarkTheme);
    expect(app.registrations).toBe(0);

    const changes: HostInfo[] = [];
    await hostInfoFromSpfx(spfxContext(app), undefined, (next) => changes.push(next));
    app.handler?.('default');
    expect(app.registrations).toBe(1);
    expect(changes).toHaveLength(1);
    expect(changes[0].theme).toBe(teamsLightTheme);
    expect(changes[0].user.id).toBe('a1');
  });
});

describe('workbench host', () => {
  it('is the SharePoint mapping reported as the workbench, with a dark section for sharepointDark', () => {
    const page = { theme: workbenchSectionTheme('sharepointDark'), uiCultureName: 'en-us', user: anne };
    const host = hostInfoForWorkbenchPage(page);
    expect(host.kind).toBe('workbench');
    expect(host.isDarkTheme).toBe(true);
    expect(host.theme).toEqual(hostInfoFromSharePoint(page).theme);
    expect(workbenchSectionTheme('sharepointLight')).toEqual({
      isInverted: false,
      palette: { themePrimary: WORKBENCH_SITE_PRIMARY }
    });
  });

  it('names each Teams theme the way teams-js reports it, so the mapping round-trips', () => {
    for (const name of THEME_NAMES.filter((theme) => theme.startsWith('teams'))) {
      expect(teamsThemeName(teamsThemeOf(name))).toBe(name);
    }
    expect(teamsThemeOf('sharepointDark')).toBe('default');
  });
});
