import * as React from 'react';
import { useVirtualizer, type Virtualizer } from './lazyVirtualizer';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { groupFeedHref } from '../../../../components/links/suiteLinks';
import { LoadingState } from '../../../../components/states/LoadingState';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { useSuiteSettings } from '../../../../hooks/useSuiteSettings';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Post } from '../../../../model/feed/Post';
import { onFeedKeyDown } from './feedKeyboard';
import { FeedRow } from './FeedRow';
import { IdleQueue } from './idleQueue';
import { createHeightEstimator, DEFAULT_ROW_WIDTH } from './postHeightEstimate';

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
    boxSizing: 'border-box',
    // A row mounting or growing lays out and repaints itself, not the rows around it.
    contain: 'layout paint'
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
/** Estimates are worked out again when the feed's width changes by this much. */
const WIDTH_STEP = 40;

function postKey(post: Post): string {
  return `${post.groupId}/${post.id}`;
}

/**
 * The virtualiser over the posts. It reads every item's key and estimate each time a measurement changes, so both
 * are worked out once per list of posts and width; new ones make it lay every item out again (measured sizes stay).
 */
function useFeedVirtualizer(
  posts: readonly Post[],
  scroller: React.RefObject<HTMLDivElement>
): Virtualizer<HTMLDivElement, Element> {
  const [widthSteps, setWidthSteps] = React.useState(Math.floor(DEFAULT_ROW_WIDTH / WIDTH_STEP));
  const [estimate] = React.useState(createHeightEstimator);
  const layout = React.useMemo(
    () => ({
      keys: posts.map(postKey),
      estimates: posts.map((post) => estimate(post, widthSteps * WIDTH_STEP))
    }),
    [posts, widthSteps, estimate]
  );
  const virtualizer = useVirtualizer({
    count: posts.length,
    getScrollElement: () => scroller.current,
    estimateSize: React.useCallback((index: number) => layout.estimates[index], [layout]),
    overscan: 4,
    getItemKey: React.useCallback((index: number) => layout.keys[index], [layout])
  });
  const width = virtualizer.scrollRect?.width;
  React.useLayoutEffect(() => {
    if (width) setWidthSteps(Math.max(1, Math.floor(width / WIDTH_STEP)));
  }, [width]);
  return virtualizer;
}

/** Each group's feed address, worked out once for all the threads of the feed. */
function useGroupHrefs(groups: ReadonlyMap<string, InterestGroup>): ReadonlyMap<string, string> {
  const settings = useSuiteSettings();
  return React.useMemo(
    () => new Map([...groups.keys()].map((id) => [id, groupFeedHref(settings, id)])),
    [groups, settings]
  );
}

/**
 * The merged feed as an ARIA feed of articles, virtualised: only the threads in and near view are in the page,
 * each measured as it renders (a thread grows when its replies open).
 */
export function VirtualFeed(props: VirtualFeedProps): React.ReactElement {
  const { posts, groups, hasMore, loadingMore, onLoadMore } = props;
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const pendingFocus = React.useRef<number | undefined>(undefined);
  const virtualizer = useFeedVirtualizer(posts, scroller);
  const groupHrefs = useGroupHrefs(groups);
  // Rows that mount while the feed scrolls render as previews, and in full as the browser finds idle time.
  const [upgrades] = React.useState(() => new IdleQueue());
  useScrollToLinked(posts, props.linkedPostId, virtualizer);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? items[items.length - 1].index : -1;
  React.useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= 0 && lastIndex >= posts.length - PREFETCH_ROWS) {
      onLoadMore();
    }
  }, [hasMore, loadingMore, lastIndex, posts.length, onLoadMore]);

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
            <FeedRow
              key={String(item.key)}
              post={post}
              index={item.index}
              start={item.start}
              setSize={hasMore ? -1 : posts.length}
              group={groups.get(post.groupId)}
              groupHref={groupHrefs.get(post.groupId)}
              linked={post.id === props.linkedPostId}
              startsAsPreview={virtualizer.isScrolling}
              upgrades={upgrades}
              measure={virtualizer.measureElement}
              className={styles.row}
            />
          );
        })}
      </div>
      <FeedEnd hasMore={hasMore} loadingMore={loadingMore} onLoadMore={onLoadMore} />
    </div>
  );
}
