import * as React from 'react';
import type { Post, Reply } from '../../../../model/feed/Post';

/** What a thread deep in the virtualised feed may do to the feed: show a reply just sent. */
export interface FeedActions {
  addSent: (message: Post | Reply) => void;
}

export const FeedActionsContext = React.createContext<FeedActions>({ addSent: () => undefined });

export function useFeedActions(): FeedActions {
  return React.useContext(FeedActionsContext);
}
