import * as React from 'react';
import type { Post, Reply } from '../../../../model/feed/Post';
import type { PlaceSent } from '../../../../model/feed/sentMessages';

/**
 * What a thread deep in the virtualised feed may do to the feed: show a reply just sent, put in by `place` (the
 * composer's code knows where a sent message goes; the feed's first load need not).
 */
export interface FeedActions {
  addSent: (message: Post | Reply, place: PlaceSent) => void;
}

export const FeedActionsContext = React.createContext<FeedActions>({ addSent: () => undefined });

export function useFeedActions(): FeedActions {
  return React.useContext(FeedActionsContext);
}
