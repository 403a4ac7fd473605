import * as React from 'react';
import { loadedSanitiser, loadSanitiser, type SanitiseHtml } from './sanitiserLoader';

export type SanitiserState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; sanitise: SanitiseHtml };

function stateOf(sanitise: SanitiseHtml | undefined): SanitiserState {
  return sanitise ? { status: 'ready', sanitise } : { status: 'loading' };
}

/** The message sanitiser, loading its code when `needed` (an HTML body) unless it is already there. */
export function useSanitiser(needed: boolean): SanitiserState {
  const [state, setState] = React.useState<SanitiserState>(() => stateOf(loadedSanitiser()));
  const ready = state.status === 'ready';
  React.useEffect(() => {
    if (ready || !needed) return;
    let mounted = true;
    loadSanitiser().then(
      (sanitise) => mounted && setState({ status: 'ready', sanitise }),
      () => mounted && setState({ status: 'failed' })
    );
    return () => {
      mounted = false;
    };
  }, [ready, needed]);
  return state;
}
