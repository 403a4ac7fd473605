import type { HostInfo, HostTeamContext, HostUser } from './HostInfo';
import { toKringLocale } from './locale';
import { fluentTheme, isDarkThemeName, teamsThemeName } from './themes';

/**
 * The part of teams-js v2's `app.Context` that Kring reads. Declared structurally so the workbench can supply
 * the same shape without loading teams-js.
 */
export interface TeamsContextLike {
  app: { locale: string; theme?: string };
  user?: { id?: string; displayName?: string; userPrincipalName?: string; loginHint?: string };
  team?: { groupId?: string; internalId?: string };
  channel?: { id?: string };
  /** A deep link's `subEntityId` arrives as `page.subPageId`. */
  page?: { id?: string; subPageId?: string };
}

export function teamsUser(context: TeamsContextLike, fallback: HostUser): HostUser {
  const login = context.user?.userPrincipalName ?? context.user?.loginHint;
  return {
    id: context.user?.id ?? fallback.id,
    loginName: login ?? fallback.loginName,
    displayName: context.user?.displayName ?? fallback.displayName,
    email: login ?? fallback.email
  };
}

function teamsTeam(context: TeamsContextLike): HostTeamContext | undefined {
  if (!context.team && !context.channel) {
    return undefined;
  }
  return { groupId: context.team?.groupId, teamId: context.team?.groupId, channelId: context.channel?.id };
}

type ThemeFields = Pick<HostInfo, 'theme' | 'isDarkTheme' | 'isHighContrast'>;

function teamsThemeFields(teamsTheme: string | undefined): ThemeFields {
  const themeName = teamsThemeName(teamsTheme);
  return {
    theme: fluentTheme(themeName),
    isDarkTheme: isDarkThemeName(themeName),
    isHighContrast: themeName === 'teamsHighContrast'
  };
}

/** A HostInfo with its theme replaced by what teams-js reports (`default`, `dark`, `contrast`). */
export function withTeamsTheme(host: HostInfo, teamsTheme: string | undefined): HostInfo {
  return { ...host, ...teamsThemeFields(teamsTheme) };
}

/** Host information for a web part running as a Teams tab or personal app. */
export function hostInfoFromTeams(context: TeamsContextLike, fallbackUser: HostUser): HostInfo {
  return {
    kind: 'teams',
    ...teamsThemeFields(context.app.theme),
    locale: toKringLocale(context.app.locale),
    user: teamsUser(context, fallbackUser),
    team: teamsTeam(context),
    subPageId: context.page?.subPageId || undefined
  };
}

/**
 * The part of teams-js v2's `app` namespace Kring uses: `getContext()` and the theme change handler. Inside
 * Teams this is `context.sdks.microsoftTeams.teamsJs.app`; the workbench supplies an object of the same shape.
 */
export interface TeamsAppLike {
  getContext(): Promise<TeamsContextLike>;
  /** teams-js keeps one handler: a later registration replaces the earlier one. */
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
}

/**
 * Reads the Teams context once and keeps following the user's Teams theme: every theme change Teams reports
 * produces a new HostInfo through the same mapping, handed to `onHostChange`.
 */
export async function connectTeamsHost(
  app: TeamsAppLike,
  fallbackUser: HostUser,
  onHostChange: (host: HostInfo) => void
): Promise<HostInfo> {
  let current = hostInfoFromTeams(await app.getContext(), fallbackUser);
  app.registerOnThemeChangeHandler((theme: string) => {
    current = withTeamsTheme(current, theme);
    onHostChange(current);
  });
  return current;
}

/** The part of teams-js v2 that acts inside Teams: `chat.openChat` and `app.openLink`. */
export interface TeamsActionsLike {
  openChat(userPrincipalName: string): Promise<void>;
  openLink(url: string): Promise<void>;
}

/** A Teams HostInfo whose chat and link actions go through teams-js instead of leaving the Teams client. */
export function withTeamsActions(host: HostInfo, actions: TeamsActionsLike): HostInfo {
  return {
    ...host,
    openChat: (userPrincipalName: string) => actions.openChat(userPrincipalName),
    openUrl: (url: string) => {
      actions.openLink(url).catch(() => window.open(url, '_blank', 'noopener'));
    }
  };
}
