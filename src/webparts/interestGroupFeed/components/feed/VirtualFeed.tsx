import * as React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { LoadingState } from '../../../../components/states/LoadingState';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Post } from '../../../../model/feed/Post';
import { onFeedKeyDown } from './feedKeyboard';
import { PostCard } from './PostCard';

const useStyles = makeStyles({
  scroller: {
    maxHeight: 'min(80vh, 960px)',
    overflowY: 'auto',
    overflowX: 'hidden',
    minHeight: '240px'
  },
  inner: {
    position: 'relative',
    width: '100%'
  },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    paddingBottom: tokens.spacingVerticalM,
    boxSizing: 'border-box'
  },
  end: {
    display: 'flex',
    justifyContent: 'center',
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM
  }
});

export interface VirtualFeedProps {
  posts: readonly Post[];
  groups: ReadonlyMap<string, InterestGroup>;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  linkedPostId?: string;
  label: string;
}

/** Below the last thread: older threads loading, a button to load them (for keyboards), or the feed's start. */
function FeedEnd(props: Pick<VirtualFeedProps, 'hasMore' | 'loadingMore' | 'onLoadMore'>): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.end}>
      {props.loadingMore && <LoadingState label={strings.LoadingOlder} />}
      {!props.loadingMore && props.hasMore && <Button onClick={props.onLoadMore}>{strings.LoadOlder}</Button>}
      {!props.hasMore && <Text>{strings.EndOfFeed}</Text>}
    </div>
  );
}

/** Scrolls once to the post a link points at, when the feed holds it. */
function useScrollToLinked(
  posts: readonly Post[],
  linkedPostId: string | undefined,
  virtualizer: { scrollToIndex: (index: number, options: { align: 'start' }) => void }
): void {
  const linkedIndex = linkedPostId ? posts.findIndex((post) => post.id === linkedPostId) : -1;
  const scrolledToLink = React.useRef(false);
  React.useEffect(() => {
    if (linkedIndex >= 0 && !scrolledToLink.current) {
      scrolledToLink.current = true;
      virtualizer.scrollToIndex(linkedIndex, { align: 'start' });
    }
  }, [linkedIndex, virtualizer]);
}

/** Threads this close to the end load the next ones, before the reader gets there. */
const PREFETCH_ROWS = 3;

/**
 * The merged feed as an ARIA feed of articles, virtualised: only the threads in and near view are in the page,
 * each measured as it renders (a thread grows when its replies open).
 */
export function VirtualFeed(props: VirtualFeedProps): React.ReactElement {
  const { posts, groups, hasMore, loadingMore, onLoadMore } = props;
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const pendingFocus = React.useRef<number | undefined>(undefined);
  // A new key function makes the virtualiser measure every item again: it changes only with the posts.
  const itemKey = React.useCallback((index: number) => `${posts[index].groupId}/${posts[index].id}`, [posts]);
  const virtualizer = useVirtualizer({
    count: posts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 220,
    overscan: 4,
    getItemKey: itemKey
  });
  useScrollToLinked(posts, props.linkedPostId, virtualizer);
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  React.useEffect(() => {
    if (hasMore && !loadingMore && last && last.index >= posts.length - PREFETCH_ROWS) {
      onLoadMore();
    }
  }, [hasMore, loadingMore, last, posts.length, onLoadMore]);

  return (
    <div ref={scroller} className={styles.scroller} data-testid="feed-scroller">
      <div
        role="feed"
        aria-label={props.label}
        aria-busy={loadingMore}
        className={styles.inner}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={(event) =>
          onFeedKeyDown(event, posts.length, (index) => virtualizer.scrollToIndex(index), pendingFocus)
        }
      >
        {items.map((item) => {
          const post = posts[item.index];
          return (
            <article
              key={String(item.key)}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={styles.row}
              style={{ transform: `translateY(${item.start}px)` }}
              aria-posinset={item.index + 1}
              aria-setsize={hasMore ? -1 : posts.length}
              aria-labelledby={`post-${post.id}-title`}
              tabIndex={0}
            >
              <PostCard post={post} group={groups.get(post.groupId)} linked={post.id === props.linkedPostId} />
            </article>
          );
        })}
      </div>
      <FeedEnd hasMore={hasMore} loadingMore={loadingMore} onLoadMore={onLoadMore} />
    </div>
  );
}
