import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { HostInfo, HostUser } from './HostInfo';
import { hostInfoFromSharePoint } from './sharePointHost';
import {
  connectTeamsHost,
  hostInfoFromTeams,
  withTeamsActions,
  type TeamsActionsLike,
  type TeamsAppLike
} from './teamsHost';

function pageUser(context: WebPartContext): HostUser {
  const user = context.pageContext.user;
  const aadUserId = context.pageContext.aadInfo?.userId?.toString();
  return { id: aadUserId, loginName: user.loginName, displayName: user.displayName, email: user.email };
}

/**
 * Host information for a web part on a SharePoint page, or inside Teams when SPFx reports the Teams SDK. With
 * `onHostChange`, a web part in Teams also follows the user's Teams theme through teams-js's theme change handler.
 */
export async function hostInfoFromSpfx(
  context: WebPartContext,
  theme: IReadonlyTheme | undefined,
  onHostChange?: (host: HostInfo) => void
): Promise<HostInfo> {
  const user = pageUser(context);
  const teams = context.sdks.microsoftTeams;
  if (teams) {
    const teamsJs = teams.teamsJs;
    const app: TeamsAppLike = teamsJs.app;
    const actions: TeamsActionsLike = {
      openChat: (userPrincipalName) => teamsJs.chat.openChat({ user: userPrincipalName }),
      openLink: (url) => teamsJs.app.openLink(url)
    };
    const host = onHostChange
      ? await connectTeamsHost(app, user, (changed) => onHostChange(withTeamsActions(changed, actions)))
      : hostInfoFromTeams(await app.getContext(), user);
    return withTeamsActions(host, actions);
  }
  return hostInfoFromSharePoint({ theme, uiCultureName: context.pageContext.cultureInfo.currentUICultureName, user });
}
