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

/** Host information for a web part running as a Teams tab or personal app. */
export function hostInfoFromTeams(context: TeamsContextLike, fallbackUser: HostUser): HostInfo {
  const themeName = teamsThemeName(context.app.theme);
  return {
    kind: 'teams',
    theme: fluentTheme(themeName),
    isDarkTheme: isDarkThemeName(themeName),
    isHighContrast: themeName === 'teamsHighContrast',
    locale: toKringLocale(context.app.locale),
    user: teamsUser(context, fallbackUser),
    team: teamsTeam(context)
  };
}
