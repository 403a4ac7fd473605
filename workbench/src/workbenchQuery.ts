import type { KringLocale } from '../../src/host/HostInfo';
import { THEME_NAMES, type ThemeName } from '../../src/host/themes';

export type WorkbenchHostKind = 'sharepoint' | 'teams';
export type WebPartId = 'interestGroupFeed' | 'colleagueCard' | 'whoKnowsWhat';

export const WEB_PART_IDS: readonly WebPartId[] = ['interestGroupFeed', 'colleagueCard', 'whoKnowsWhat'];
export const LOCALES: readonly KringLocale[] = ['en-us', 'nl-nl'];

/**
 * How the SharePoint page lays out its sections: the sample page (a full-width section, then two columns), or
 * every web part in a one-third column (320 px), a half column or full width.
 */
export type CanvasLayout = 'sample' | 'oneThird' | 'half' | 'full';
export const CANVAS_LAYOUTS: readonly CanvasLayout[] = ['sample', 'oneThird', 'half', 'full'];

/** The themes each host offers: a SharePoint page has a light and a dark section, Teams its three themes. */
export const HOST_THEMES: Record<WorkbenchHostKind, readonly ThemeName[]> = {
  sharepoint: ['sharepointLight', 'sharepointDark'],
  teams: ['teamsLight', 'teamsDark', 'teamsHighContrast']
};

/** Whether the page is being edited, as a SharePoint page's edit mode (editors see Kring's health check). */
export type PageMode = 'view' | 'edit';

/** Everything the workbench shows, as the URL query carries it so links and tests can open a view directly. */
export interface WorkbenchQuery {
  /** UPN or Entra id of the demo user to sign in as; absent means the emulator's default demo user. */
  user?: string;
  host: WorkbenchHostKind;
  theme: ThemeName;
  locale: KringLocale;
  /** The SharePoint page's section layout; a Teams tab is always one web part, full-bleed. */
  layout: CanvasLayout;
  /** The web part a Teams tab shows, and the one `prop.*` values are for on a SharePoint page (all when absent). */
  webpart?: WebPartId;
  /** `prop.<name>=value` pairs, as strings; the web part's property definitions give them their types. */
  props: Record<string, string>;
  /** `mode=edit` puts the page in edit mode; view mode when absent. */
  mode?: PageMode;
  /** A Teams deep link's `subEntityId`, which teams-js hands the tab as `page.subPageId`. */
  subEntityId?: string;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

export function parseWorkbenchQuery(search: string): WorkbenchQuery {
  const params = new URLSearchParams(search);
  const requestedTheme = oneOf(params.get('theme'), THEME_NAMES);
  const host =
    oneOf(params.get('host'), ['sharepoint', 'teams'] as const) ??
    (requestedTheme && HOST_THEMES.teams.includes(requestedTheme) ? 'teams' : 'sharepoint');
  const theme = requestedTheme && HOST_THEMES[host].includes(requestedTheme) ? requestedTheme : HOST_THEMES[host][0];
  const props: Record<string, string> = {};
  params.forEach((value, key) => {
    if (key.startsWith('prop.') && key.length > 'prop.'.length) {
      props[key.slice('prop.'.length)] = value;
    }
  });
  return {
    user: params.get('user') || undefined,
    host,
    theme,
    locale: oneOf(params.get('locale'), LOCALES) ?? 'en-us',
    layout: oneOf(params.get('layout'), CANVAS_LAYOUTS) ?? 'sample',
    webpart: oneOf(params.get('webpart'), WEB_PART_IDS),
    props,
    mode: params.get('mode') === 'edit' ? 'edit' : undefined,
    subEntityId: params.get('subEntityId') || undefined
  };
}

export function toSearch(query: WorkbenchQuery): string {
  const params = new URLSearchParams();
  if (query.user) {
    params.set('user', query.user);
  }
  params.set('host', query.host);
  params.set('theme', query.theme);
  params.set('locale', query.locale);
  if (query.layout !== 'sample') {
    params.set('layout', query.layout);
  }
  if (query.webpart) {
    params.set('webpart', query.webpart);
  }
  if (query.mode === 'edit') {
    params.set('mode', 'edit');
  }
  if (query.subEntityId) {
    params.set('subEntityId', query.subEntityId);
  }
  for (const [name, value] of Object.entries(query.props)) {
    params.set(`prop.${name}`, value);
  }
  return `?${params.toString()}`;
}

/** The web part a Teams tab shows. */
export function teamsWebPart(query: WorkbenchQuery): WebPartId {
  return query.webpart ?? 'interestGroupFeed';
}

/** Switching host keeps the theme when the new host offers it, else takes that host's light theme. */
export function withHost(query: WorkbenchQuery, host: WorkbenchHostKind): WorkbenchQuery {
  return { ...query, host, theme: HOST_THEMES[host].includes(query.theme) ? query.theme : HOST_THEMES[host][0] };
}
