import * as React from 'react';
import type { PageRequestLog } from './pageRequestLog';
import { toSearch, type WorkbenchQuery } from './workbenchQuery';

export interface WorkbenchNavigation {
  query: WorkbenchQuery;
  /** Shows the view `next` describes; `after` runs once it is the current query. */
  act: (next: WorkbenchQuery, after?: () => void) => void;
  /** Counts the actions, so that what follows one (the request log) can look again. */
  actionCount: number;
}

/**
 * The workbench's choices, kept in the URL. Every change starts a new page for the request log first, so the
 * emulator panel shows what this change requested and nothing from before.
 */
export function useWorkbenchNavigation(requestLog: PageRequestLog, initialQuery: WorkbenchQuery): WorkbenchNavigation {
  const [query, setQuery] = React.useState(initialQuery);
  const [actionCount, setActionCount] = React.useState(0);

  const act = (next: WorkbenchQuery, after?: () => void): void => {
    if (next.locale !== query.locale) {
      // The web parts' string modules are evaluated once, in the page's locale: a language change reloads.
      window.location.assign(toSearch(next));
      return;
    }
    const navigate = (): void => {
      window.history.replaceState(null, '', toSearch(next));
      setQuery(next);
      after?.();
      setActionCount((count) => count + 1);
    };
    // A request log that cannot restart (emulator gone) must not stop the page from changing.
    requestLog.restart().then(navigate, navigate);
  };

  return { query, act, actionCount };
}
