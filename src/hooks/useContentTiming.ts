import * as React from 'react';
import { pageFirstContent } from '../services/graph/firstContent';

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
 *
 * Until the view is `settled` (content, or an answer without any: empty, failed) the page's photos and presence
 * wait for it (see firstContent.ts).
 */
export function useContentTiming(names: ContentTimingNames, hasContent: boolean, settled: boolean = hasContent): void {
  const measured = React.useRef(false);
  const endLoading = React.useRef<(() => void) | undefined>(undefined);
  React.useLayoutEffect(() => {
    mark(names.mount);
    const end = pageFirstContent.begin();
    endLoading.current = end;
    return end;
  }, [names.mount]);
  React.useLayoutEffect(() => {
    if (settled) endLoading.current?.();
  }, [settled]);
  React.useLayoutEffect(() => {
    if (hasContent && !measured.current && typeof performance?.measure === 'function') {
      measured.current = true;
      mark(names.content);
      performance.measure(names.measure, names.mount, names.content);
    }
  }, [hasContent, names]);
}
