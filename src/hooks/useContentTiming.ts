import * as React from 'react';

/** The User Timing names of one view's mount and first content, and the measure between them. */
export interface ContentTimingNames {
  mount: string;
  content: string;
  measure: string;
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
}

/**
 * User Timing marks from a view's mount to its first content, readable in the browser's performance tools (and by
 * `npm run bench`). Both are taken when React commits to the DOM (layout effects, which run after the children's),
 * so the measure is the time between the skeleton and the content being in the document, not delayed by the
 * effects of the many child components (avatars, hover cards) that run after a commit.
 */
export function useContentTiming(names: ContentTimingNames, hasContent: boolean): void {
  const measured = React.useRef(false);
  React.useLayoutEffect(() => mark(names.mount), [names.mount]);
  React.useLayoutEffect(() => {
    if (hasContent && !measured.current && typeof performance?.measure === 'function') {
      measured.current = true;
      mark(names.content);
      performance.measure(names.measure, names.mount, names.content);
    }
  }, [hasContent, names]);
}
