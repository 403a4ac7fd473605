import * as React from 'react';

export const CARD_MOUNT_MARK = 'kring:colleague-card:mount';
export const CARD_CONTENT_MARK = 'kring:colleague-card:content';
export const CARD_CONTENT_MEASURE = 'kring:colleague-card:mount-to-content';

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
}

/**
 * User Timing marks from the card's mount to its first content, readable in the browser's performance tools
 * (and by `npm run bench`). Both are taken when React commits to the DOM (layout effects), so the measure is
 * the time between the skeleton and the content being in the document, not delayed by the effects of the many
 * child components (avatars, hover cards) that run after a commit.
 */
export function useCardTiming(hasContent: boolean): void {
  const measured = React.useRef(false);
  React.useLayoutEffect(() => mark(CARD_MOUNT_MARK), []);
  React.useLayoutEffect(() => {
    if (
      hasContent &&
      !measured.current &&
      typeof performance !== 'undefined' &&
      typeof performance.measure === 'function'
    ) {
      measured.current = true;
      mark(CARD_CONTENT_MARK);
      performance.measure(CARD_CONTENT_MEASURE, CARD_MOUNT_MARK, CARD_CONTENT_MARK);
    }
  }, [hasContent]);
}
