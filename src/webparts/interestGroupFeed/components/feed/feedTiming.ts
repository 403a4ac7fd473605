import { useContentTiming, type ContentTimingNames } from '../../../../hooks/useContentTiming';

export const FEED_MOUNT_MARK = 'kring-feed-mount';
export const FEED_CONTENT_MARK = 'kring-feed-content';
export const FEED_CONTENT_MEASURE = 'kring-feed-mount-to-content';

const FEED_TIMING: ContentTimingNames = {
  mount: FEED_MOUNT_MARK,
  content: FEED_CONTENT_MARK,
  measure: FEED_CONTENT_MEASURE
};

/** Marks the feed's mount and its first post in the document; `settled` once the feed has any answer. */
export function useFeedTiming(hasContent: boolean, settled: boolean): void {
  useContentTiming(FEED_TIMING, hasContent, settled);
}
