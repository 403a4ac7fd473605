import * as React from 'react';
import { useHost } from '../../../../host/HostContext';
import { asServiceError } from '../../../../hooks/AsyncData';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { channelKey, mergeFeed, type MergedFeed } from '../../../../model/feed/mergedFeed';
import type { Post, Reply } from '../../../../model/feed/Post';
import type { PlaceSent } from '../../../../model/feed/sentMessages';
import { useServices } from '../../../../services/ServicesContext';
import type { ServiceError } from '../../../../services/ServiceError';
import type { FeedSource } from './feedChannels';
import { catchUp, openFeed, readNext, type LoadedFeed } from './feedReads';

/** Pages read this long ago are brought up to date through delta, on open and when the page comes back into view. */
const CATCH_UP_AFTER_MS = 60_000;

export type MergedFeedState =
  | { status: 'loading' }
  | { status: 'error'; error: ServiceError }
  | { status: 'noGroups' }
  | {
      status: 'ready';
      feed: MergedFeed;
      groups: ReadonlyMap<string, InterestGroup>;
      loadingMore: boolean;
      /** Channel failures by channel key. */
      channelErrors: ReadonlyMap<string, ServiceError>;
      /** Threads that arrived with the last catch-up. */
      newThreads: number;
    };

export interface MergedFeedResult {
  state: MergedFeedState;
  /** Reads the next batch of channels (older pages, or groups not read yet). */
  loadMore: () => void;
  reload: () => void;
  /** Shows a post or reply the signed-in user just sent, where the next read would put it. */
  addSent: (message: Post | Reply, place: PlaceSent) => void;
}

/** Reads the next batch of channels, one batch at a time. */
function useLoadMore(
  loaded: React.MutableRefObject<LoadedFeed | undefined>,
  busy: React.MutableRefObject<boolean>,
  read: (current: LoadedFeed) => Promise<LoadedFeed>,
  show: (next: LoadedFeed, loadingMore: boolean) => void
): () => void {
  const latestRead = React.useRef(read);
  latestRead.current = read;
  return React.useCallback(() => {
    const current = loaded.current;
    if (!current || busy.current) return;
    busy.current = true;
    show(current, true);
    latestRead
      .current(current)
      .then((next) => show(next, false))
      .catch(() => show(current, false))
      .finally(() => {
        busy.current = false;
      });
  }, [loaded, busy, show]);
}

/** Calls `onReturn` whenever the page comes back into view (another tab, a minimised window, Teams switching apps). */
function useOnReturn(onReturn: () => void): void {
  React.useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') onReturn();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [onReturn]);
}

/** Puts a message just sent into the feed shown and into the cached page of its channel. */
function useAddSent(
  loaded: React.MutableRefObject<LoadedFeed | undefined>,
  show: (next: LoadedFeed, loadingMore: boolean) => void
): (message: Post | Reply, place: PlaceSent) => void {
  const services = useServices();
  return React.useCallback(
    (message: Post | Reply, place: PlaceSent) => {
      void services.feed.recordSent(message).catch(() => undefined);
      const current = loaded.current;
      if (!current) return;
      const key = channelKey(message);
      const channels = current.channels.map((channel) => {
        if (channelKey(channel) !== key) return channel;
        const posts = place(channel.posts, message);
        return posts ? { ...channel, posts } : channel;
      });
      show({ ...current, channels }, false);
    },
    [services, loaded, show]
  );
}

/**
 * One feed of the source's groups: the registry and my memberships in parallel, then the channels with the most
 * recent activity in one `$batch`, the rest as the reader scrolls; stale pages catch up through delta when the feed
 * opens and when the page comes back into view. Nothing polls.
 */
export function useMergedFeed(source: FeedSource): MergedFeedResult {
  const services = useServices();
  const viewerId = useHost().user.id;
  const [state, setState] = React.useState<MergedFeedState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const loaded = React.useRef<LoadedFeed | undefined>(undefined);
  const busy = React.useRef(false);
  const sourceKey = JSON.stringify(source);

  const show = React.useCallback((next: LoadedFeed, loadingMore: boolean, newThreads = 0) => {
    loaded.current = next;
    setState({
      status: 'ready',
      feed: mergeFeed(next.channels),
      groups: next.groups,
      loadingMore,
      channelErrors: next.errors,
      newThreads
    });
  }, []);

  const catchUpIfStale = React.useCallback(() => {
    const current = loaded.current;
    if (!current || busy.current || Date.now() - current.readAt < CATCH_UP_AFTER_MS) return;
    busy.current = true;
    catchUp(services, current, viewerId)
      .then(({ feed, newThreads }) => show(feed, false, newThreads))
      .catch(() => undefined)
      .finally(() => {
        busy.current = false;
      });
  }, [services, viewerId, show]);

  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    openFeed(services, JSON.parse(sourceKey) as FeedSource)
      .then(async (opened) => {
        if (!opened) return current && setState({ status: 'noGroups' });
        const next = await readNext(services, opened, viewerId);
        if (!current) return;
        show(next, false);
        catchUpIfStale();
      })
      .catch(async (error: unknown) => current && setState({ status: 'error', error: await asServiceError(error) }));
    return () => {
      current = false;
    };
  }, [services, sourceKey, attempt, viewerId, show, catchUpIfStale]);

  const loadMore = useLoadMore(loaded, busy, (current) => readNext(services, current, viewerId), show);
  useOnReturn(catchUpIfStale);

  const addSent = useAddSent(loaded, show);

  return { state, loadMore, reload: () => setAttempt((n) => n + 1), addSent };
}
