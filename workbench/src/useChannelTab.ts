import * as React from 'react';
import type { Session } from './useSession';
import { findChannelTab, type ChannelTab } from './workbenchTeams';

export type ChannelTabState = { status: 'pending' } | { status: 'ready'; tab: ChannelTab | undefined };

/**
 * The interest-group feed is a channel tab in Teams, so its context carries a team and channel: the signed-in
 * user's first team. The other web parts are personal app tabs, without one.
 */
export function useChannelTab(graphUrl: string, session: Session | undefined, needed: boolean): ChannelTabState {
  const [state, setState] = React.useState<ChannelTabState>({ status: 'pending' });
  React.useEffect(() => {
    if (!needed || !session) {
      setState({ status: 'ready', tab: undefined });
      return undefined;
    }
    let current = true;
    setState({ status: 'pending' });
    session
      .getToken()
      .then((token) => findChannelTab(graphUrl, token))
      .then(
        (tab) => current && setState({ status: 'ready', tab }),
        () => current && setState({ status: 'ready', tab: undefined })
      );
    return () => {
      current = false;
    };
  }, [graphUrl, session, needed]);
  return state;
}
