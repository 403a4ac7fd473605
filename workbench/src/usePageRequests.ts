import * as React from 'react';
import type { RequestLogEntry } from './emulatorControl';
import type { PageRequestLog } from './pageRequestLog';

const POLL_MS = 1000;

export interface PageRequestsState {
  /** Newest first; undefined until first read. */
  entries: RequestLogEntry[] | undefined;
  problem: string | undefined;
  /** Empties the list: what was requested until now is left out from here on. */
  clear: () => void;
}

/** The current page's requests, read every second while the panel is open and right after every action. */
export function usePageRequests(log: PageRequestLog, open: boolean, actionCount: number): PageRequestsState {
  const [entries, setEntries] = React.useState<RequestLogEntry[] | undefined>(undefined);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const latestRead = React.useRef(0);

  // Only the latest read is shown: an earlier one may answer later, with entries from before a clear.
  const refresh = React.useCallback(() => {
    const read = ++latestRead.current;
    log.entries().then(
      (next) => {
        if (read === latestRead.current) {
          setEntries(next);
          setProblem(undefined);
        }
      },
      (error: unknown) =>
        read === latestRead.current && setProblem(error instanceof Error ? error.message : String(error))
    );
  }, [log]);

  React.useEffect(() => {
    if (!open) {
      return undefined;
    }
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    return () => window.clearInterval(timer);
  }, [open, refresh, actionCount]);

  const clear = React.useCallback(() => {
    latestRead.current++;
    log.restart().then(refresh, refresh);
  }, [log, refresh]);

  return { entries, problem, clear };
}
