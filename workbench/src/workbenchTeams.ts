import type { KringLocale } from '../../src/host/HostInfo';
import type { TeamsAppLike, TeamsContextLike } from '../../src/host/teamsHost';
import type { TeamsThemeName } from '../../src/host/themes';

/** The team and channel of a channel tab. */
export interface ChannelTab {
  groupId: string;
  channelId: string;
}

export interface WorkbenchTeamsUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

/** The context teams-js v2's `app.getContext()` gives a tab, for the workbench's signed-in user and choices. */
export function workbenchTeamsContext(options: {
  user: WorkbenchTeamsUser;
  locale: KringLocale;
  theme: TeamsThemeName;
  channelTab?: ChannelTab;
  subPageId?: string;
}): TeamsContextLike {
  const [language, region] = options.locale.split('-');
  return {
    app: { locale: `${language}-${region.toUpperCase()}`, theme: options.theme },
    user: {
      id: options.user.id,
      displayName: options.user.displayName,
      userPrincipalName: options.user.userPrincipalName,
      loginHint: options.user.userPrincipalName
    },
    team: options.channelTab ? { groupId: options.channelTab.groupId } : undefined,
    channel: options.channelTab ? { id: options.channelTab.channelId } : undefined,
    page: options.subPageId ? { id: 'kring-feed', subPageId: options.subPageId } : undefined
  };
}

/**
 * teams-js's `app` as the workbench's Teams tab offers it: `getContext()` answers with the workbench's context,
 * and a theme picked in the top bar reaches the web part through the registered theme change handler, as a
 * theme change in the Teams client does.
 */
export class WorkbenchTeamsApp implements TeamsAppLike {
  private themeHandler: ((theme: string) => void) | undefined;

  public constructor(private context: TeamsContextLike) {}

  public getContext(): Promise<TeamsContextLike> {
    return Promise.resolve(this.context);
  }

  public registerOnThemeChangeHandler(handler: (theme: string) => void): void {
    this.themeHandler = handler;
  }

  public changeTheme(theme: TeamsThemeName): void {
    if (this.context.app.theme === theme) {
      return;
    }
    this.context = { ...this.context, app: { ...this.context.app, theme } };
    this.themeHandler?.(theme);
  }
}

/** The first team the user is in and its primary channel, as the team and channel of an interest-group tab. */
export async function findChannelTab(graphUrl: string, token: string): Promise<ChannelTab | undefined> {
  const get = async <T>(path: string): Promise<T | undefined> => {
    const response = await fetch(`${graphUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return response.ok ? ((await response.json()) as T) : undefined;
  };
  try {
    const teams = await get<{ value?: { id: string }[] }>('/me/joinedTeams?$select=id');
    const team = teams?.value?.[0];
    if (!team) {
      return undefined;
    }
    const channel = await get<{ id: string }>(`/teams/${encodeURIComponent(team.id)}/primaryChannel?$select=id`);
    return channel ? { groupId: team.id, channelId: channel.id } : undefined;
  } catch {
    return undefined;
  }
}
