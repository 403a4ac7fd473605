import type { HostInfo } from '../../src/host/HostInfo';
import type { DemoAccount, EmulatorControl } from './emulatorControl';
import { useChannelTab } from './useChannelTab';
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

/** The signed-in demo user and the host the web parts run in, for the view the query describes. */
export function useWorkbenchSession(
  control: EmulatorControl,
  accounts: DemoAccount[] | undefined,
  query: WorkbenchQuery,
  onTeamsCall: TeamsCallListener
): WorkbenchSession {
  const sessionState = useSession(control, accounts, query.user);
  const session = sessionState.status === 'ready' ? sessionState.session : undefined;
  const isChannelTab = query.host === 'teams' && teamsWebPart(query) === 'interestGroupFeed';
  const channelTab = useChannelTab(control.graphUrl, session, isChannelTab);
  const host = useWorkbenchHost(
    { ...query, channelTab: channelTab.status === 'ready' ? channelTab.tab : undefined, onTeamsCall },
    channelTab.status === 'ready' ? session : undefined
  );
  return { sessionState, session, host };
}
