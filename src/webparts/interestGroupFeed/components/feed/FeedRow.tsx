import * as React from 'react';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Post } from '../../../../model/feed/Post';
import type { IdleQueue } from './idleQueue';
import { PostCard } from './PostCard';
import { useIdleUpgrade } from './useIdleUpgrade';

export interface FeedRowProps {
  post: Post;
  index: number;
  /** Where the row starts in the feed, in pixels. */
  start: number;
  /** `aria-setsize`: the number of threads, or -1 while more can load. */
  setSize: number;
  group?: InterestGroup;
  groupHref?: string;
  linked: boolean;
  /** Mounts as a preview (the feed is scrolling) and shows in full when `upgrades` gets to it. */
  startsAsPreview: boolean;
  upgrades: IdleQueue;
  /** The virtualiser's measuring ref. */
  measure: (element: HTMLElement | null) => void;
  className: string;
}

/** One thread of the virtualised feed as an article of the ARIA feed, placed where the virtualiser puts it. */
export const FeedRow = React.memo(function FeedRow(props: FeedRowProps): React.ReactElement {
  const { post, index } = props;
  const full = useIdleUpgrade(props.upgrades, props.startsAsPreview);
  return (
    <article
      data-index={index}
      ref={props.measure}
      className={props.className}
      style={{ transform: `translateY(${props.start}px)` }}
      aria-posinset={index + 1}
      aria-setsize={props.setSize}
      aria-labelledby={`post-${post.id}-title`}
      tabIndex={0}
    >
      <PostCard post={post} group={props.group} groupHref={props.groupHref} linked={props.linked} preview={!full} />
    </article>
  );
});
