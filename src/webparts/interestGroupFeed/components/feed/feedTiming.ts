import * as React from 'react';

export const FEED_MOUNT_MARK = 'kring-feed-mount';
export const FEED_CONTENT_MARK = 'kring-feed-content';
export const FEED_CONTENT_MEASURE = 'kring-feed-mount-to-content';

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
}

/**
 * User Timing marks from the feed's mount to its first post in the document, readable in the browser's
 * performance tools (and by `npm run bench`). Both are taken when React commits to the DOM (layout effects run
 * after the children's, so the feed's articles are in the page when the content mark is taken).
 */
export function useFeedTiming(hasContent: boolean): void {
  const measured = React.useRef(false);
  React.useLayoutEffect(() => mark(FEED_MOUNT_MARK), []);
  React.useLayoutEffect(() => {
    if (hasContent && !measured.current && typeof performance?.measure === 'function') {
      measured.current = true;
      mark(FEED_CONTENT_MARK);
      performance.measure(FEED_CONTENT_MEASURE, FEED_MOUNT_MARK, FEED_CONTENT_MARK);
    }
  }, [hasContent]);
}
