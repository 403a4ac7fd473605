import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme
} from '@fluentui/react-components';
import { brandFromColor } from './brandFromColor';
import { toKringLocale } from './locale';
import { hostInfoFromTeams } from './teamsHost';
import { fluentTheme, sharePointTheme, teamsThemeName } from './themes';

describe('Teams theme mapping', () => {
  it.each([
    ['default', 'teamsLight', teamsLightTheme],
    ['dark', 'teamsDark', teamsDarkTheme],
    ['contrast', 'teamsHighContrast', teamsHighContrastTheme],
    [undefined, 'teamsLight', teamsLightTheme]
  ])('maps teams-js theme %s to %s', (teamsTheme, name, theme) => {
    expect(teamsThemeName(teamsTheme)).toBe(name);
    expect(fluentTheme(teamsThemeName(teamsTheme))).toBe(theme);
  });
});

describe('SharePoint theme mapping', () => {
  it('falls back to the web themes without a palette', () => {
    expect(sharePointTheme(undefined)).toBe(webLightTheme);
    expect(sharePointTheme({ isInverted: true })).toBe(webDarkTheme);
  });

  it('uses the site primary colour as the brand colour', () => {
    const theme = sharePointTheme({ palette: { themePrimary: '#038387' } });
    expect(theme.colorBrandBackground).toBe('#038387');
    expect(theme.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });

  it('builds a dark theme for inverted sections', () => {
    const theme = sharePointTheme({ isInverted: true, palette: { themePrimary: '#038387' } });
    expect(theme.colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
  });
});

describe('brandFromColor', () => {
  it('puts the colour at step 80 and orders the ramp from dark to light', () => {
    const ramp = brandFromColor('#0078d4');
    expect(ramp).toBeDefined();
    expect(ramp?.[80]).toBe('#0078d4');
    const lightness = (hex: string): number =>
      parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    const steps = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;
    for (let i = 1; i < steps.length; i++) {
      expect(lightness(ramp![steps[i]])).toBeGreaterThan(lightness(ramp![steps[i - 1]]));
    }
  });

  it('accepts short hex and rejects anything else', () => {
    expect(brandFromColor('#abc')?.[80]).toBe('#aabbcc');
    expect(brandFromColor('red')).toBeUndefined();
    expect(brandFromColor('#12345')).toBeUndefined();
  });
});

describe('locale', () => {
  it.each([
    ['nl-NL', 'nl-nl'],
    ['nl', 'nl-nl'],
    ['nl_BE', 'nl-nl'],
    ['en-GB', 'en-us'],
    ['de-DE', 'en-us'],
    [undefined, 'en-us']
  ])('maps %s to %s', (tag, locale) => {
    expect(toKringLocale(tag)).toBe(locale);
  });
});

describe('hostInfoFromTeams', () => {
  const fallback = { loginName: 'i:0#.f|membership|anne@example.org', displayName: 'Anne' };

  it('reads theme, locale, user and team from the Teams context', () => {
    const host = hostInfoFromTeams(
      {
        app: { locale: 'nl-NL', theme: 'dark' },
        user: { id: 'u1', displayName: 'Anne de Vries', userPrincipalName: 'anne@example.org' },
        team: { groupId: 'g1' },
        channel: { id: '19:abc@thread.tacv2' }
      },
      fallback
    );
    expect(host.kind).toBe('teams');
    expect(host.theme).toBe(teamsDarkTheme);
    expect(host.isDarkTheme).toBe(true);
    expect(host.isHighContrast).toBe(false);
    expect(host.locale).toBe('nl-nl');
    expect(host.user).toEqual({
      id: 'u1',
      loginName: 'anne@example.org',
      displayName: 'Anne de Vries',
      email: 'anne@example.org'
    });
    expect(host.team).toEqual({ groupId: 'g1', teamId: 'g1', channelId: '19:abc@thread.tacv2' });
  });

  it('keeps the page user when Teams leaves fields out, and has no team in a personal app', () => {
    const host = hostInfoFromTeams({ app: { locale: 'en-US', theme: 'contrast' } }, fallback);
    expect(host.user.displayName).toBe('Anne');
    expect(host.isHighContrast).toBe(true);
    expect(host.team).toBeUndefined();
  });
});
