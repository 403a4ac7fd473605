import * as React from 'react';
import type { HostInfo } from '../../src/host/HostInfo';
import type { DemoAccount, EmulatorControl } from './emulatorControl';
import { useChannelTab } from './useChannelTab';
import { usePageSite } from './usePageSite';
import { useSession, type Session, type SessionState } from './useSession';
import { useWorkbenchHost } from './useWorkbenchHost';
import { teamsWebPart, type WorkbenchQuery } from './workbenchQuery';
import type { TeamsCallListener } from './workbenchTeamsActions';

export interface WorkbenchSession {
  sessionState: SessionState;
  session: Session | undefined;
  /** Undefined until the host is known: in a channel tab, once its team and channel are. */
  host: HostInfo | undefined;
}

/** The session with its services for a page on `siteUrl`. */
function onSite(session: Session, siteUrl: string): Session {
  return {
    ...session,
    services: session.servicesOnSite(siteUrl),
    servicesFor: (overrides) => session.servicesOnSite(siteUrl, overrides)
  };
}

/** The signed-in demo user and the host the web parts run in, for the view the query describes. */
export function useWorkbenchSession(
  control: EmulatorControl,
  accounts: DemoAccount[] | undefined,
  query: WorkbenchQuery,
  onTeamsCall: TeamsCallListener
): WorkbenchSession {
  const signedIn = useSession(control, accounts, query.user);
  const signedInSession = signedIn.status === 'ready' ? signedIn.session : undefined;
  const inTeams = query.host === 'teams';
  const channelTab = useChannelTab(
    control.graphUrl,
    signedInSession,
    inTeams && teamsWebPart(query) === 'interestGroupFeed'
  );
  const pageSite = usePageSite({ control, intranetUrl: control.spUrl, inTeams, channelTab }, signedInSession);
  const siteUrl = pageSite.status === 'ready' ? pageSite.siteUrl : undefined;
  const session = React.useMemo(
    () => (signedInSession && siteUrl ? onSite(signedInSession, siteUrl) : undefined),
    [signedInSession, siteUrl]
  );
  const host = useWorkbenchHost(
    { ...query, channelTab: channelTab.status === 'ready' ? channelTab.tab : undefined, onTeamsCall },
    session
  );
  const sessionState: SessionState =
    signedIn.status === 'ready' ? (session ? { status: 'ready', session } : { status: 'signingIn' }) : signedIn;
  return { sessionState, session, host };
}
