import * as React from 'react';
import type { IdleQueue } from './idleQueue';

/**
 * Whether a row shows in full: from the start, or, when it mounts as a preview, once the queue gets to it in the
 * browser's idle time. A row that unmounts before leaves the queue.
 */
export function useIdleUpgrade(queue: IdleQueue, preview: boolean): boolean {
  const [full, setFull] = React.useState(!preview);
  React.useEffect(() => (full ? undefined : queue.add(() => setFull(true))), [full, queue]);
  return full;
}
