import {
  createDarkTheme,
  createLightTheme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme
} from '@fluentui/react-components';
import { brandFromColor } from './brandFromColor';

/** The themes a host can put Kring in. */
export type ThemeName = 'sharepointLight' | 'sharepointDark' | 'teamsLight' | 'teamsDark' | 'teamsHighContrast';

export const THEME_NAMES: readonly ThemeName[] = [
  'sharepointLight',
  'sharepointDark',
  'teamsLight',
  'teamsDark',
  'teamsHighContrast'
];

/** What teams-js reports in `app.Context.app.theme`. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

export function teamsThemeName(teamsTheme: string | undefined): ThemeName {
  switch (teamsTheme) {
    case 'dark':
      return 'teamsDark';
    case 'contrast':
      return 'teamsHighContrast';
    default:
      return 'teamsLight';
  }
}

/** The subset of SPFx's IReadonlyTheme that the mapping needs. */
export interface SharePointThemeLike {
  isInverted?: boolean;
  palette?: { themePrimary?: string };
}

/** A SharePoint site theme (section background included) as a Fluent v9 theme in the site's brand colour. */
export function sharePointTheme(theme: SharePointThemeLike | undefined): Theme {
  const dark = theme?.isInverted === true;
  const brand = theme?.palette?.themePrimary ? brandFromColor(theme.palette.themePrimary) : undefined;
  if (!brand) {
    return dark ? webDarkTheme : webLightTheme;
  }
  return dark ? createDarkTheme(brand) : createLightTheme(brand);
}

/** The teams-js theme name Teams reports for one of the Teams themes (SharePoint themes count as `default`). */
export function teamsThemeOf(name: ThemeName): TeamsThemeName {
  switch (name) {
    case 'teamsDark':
      return 'dark';
    case 'teamsHighContrast':
      return 'contrast';
    default:
      return 'default';
  }
}

export function fluentTheme(name: ThemeName): Theme {
  switch (name) {
    case 'teamsLight':
      return teamsLightTheme;
    case 'teamsDark':
      return teamsDarkTheme;
    case 'teamsHighContrast':
      return teamsHighContrastTheme;
    case 'sharepointDark':
      return webDarkTheme;
    default:
      return webLightTheme;
  }
}

export function isDarkThemeName(name: ThemeName): boolean {
  return name === 'teamsDark' || name === 'teamsHighContrast' || name === 'sharepointDark';
}
