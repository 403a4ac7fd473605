import * as React from 'react';
import type { ChannelTabState } from './useChannelTab';
import type { Session } from './useSession';
import type { EmulatorControl } from './emulatorControl';

export type PageSiteState = { status: 'pending' } | { status: 'ready'; siteUrl: string };

export interface PageSiteChoice {
  control: EmulatorControl;
  /** The SharePoint page's own site. */
  intranetUrl: string;
  inTeams: boolean;
  channelTab: ChannelTabState;
}

/**
 * The site the web parts' page belongs to: the intranet for the SharePoint page; in Teams, the tab's team site, as
 * SPFx in Teams reports it, so the lists must be found on the home site through the tenant property.
 */
export function usePageSite(choice: PageSiteChoice, session: Session | undefined): PageSiteState {
  const { control, intranetUrl, inTeams, channelTab } = choice;
  const groupId = channelTab.status === 'ready' ? channelTab.tab?.groupId : undefined;
  const tabKnown = channelTab.status === 'ready';
  const [state, setState] = React.useState<PageSiteState>({ status: 'pending' });
  React.useEffect(() => {
    if (!session || !tabKnown) {
      setState({ status: 'pending' });
      return undefined;
    }
    if (!inTeams) {
      setState({ status: 'ready', siteUrl: intranetUrl });
      return undefined;
    }
    let current = true;
    setState({ status: 'pending' });
    const found = (siteUrl: string | undefined): void => {
      if (current) {
        setState({ status: 'ready', siteUrl: siteUrl ?? intranetUrl });
      }
    };
    // Asked of the emulator, not Graph: SPFx hands a real tab its site in the page context, at no request.
    control.teamSiteUrl(session.user.id ?? session.user.loginName, groupId).then(found, () => found(undefined));
    return () => {
      current = false;
    };
  }, [control, intranetUrl, inTeams, groupId, tabKnown, session]);
  return state;
}
