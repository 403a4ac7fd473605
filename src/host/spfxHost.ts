import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { HostInfo, HostUser } from './HostInfo';
import { toKringLocale } from './locale';
import { hostInfoFromTeams, type TeamsContextLike } from './teamsHost';
import { sharePointTheme } from './themes';

function pageUser(context: WebPartContext): HostUser {
  const user = context.pageContext.user;
  const aadUserId = context.pageContext.aadInfo?.userId?.toString();
  return { id: aadUserId, loginName: user.loginName, displayName: user.displayName, email: user.email };
}

/** Host information for a web part on a SharePoint page, or inside Teams when SPFx reports the Teams SDK. */
export async function hostInfoFromSpfx(context: WebPartContext, theme: IReadonlyTheme | undefined): Promise<HostInfo> {
  const user = pageUser(context);
  const teams = context.sdks.microsoftTeams;
  if (teams) {
    const teamsContext = (await teams.teamsJs.app.getContext()) as TeamsContextLike;
    return hostInfoFromTeams(teamsContext, user);
  }
  return {
    kind: 'sharepoint',
    theme: sharePointTheme(theme),
    isDarkTheme: theme?.isInverted === true,
    isHighContrast: false,
    locale: toKringLocale(context.pageContext.cultureInfo.currentUICultureName),
    user
  };
}
