import * as React from 'react';
import { asServiceError, settled, type AsyncData } from './AsyncData';

export interface AsyncDataOptions<T> {
  /** When false nothing is requested and the state is `idle` (e.g. until an id is known). Default true. */
  enabled?: boolean;
  isEmpty?: (data: T) => boolean;
}

export interface AsyncDataResult<T> {
  state: AsyncData<T>;
  reload: () => void;
}

const never = (): boolean => false;

const IDLE: AsyncData<never> = { status: 'idle' };
const LOADING: AsyncData<never> = { status: 'loading' };

function toLoading<T>(current: AsyncData<T>): AsyncData<T> {
  return current.status === 'loading' ? current : LOADING;
}

/**
 * Runs `load` whenever `deps` change and turns it into idle | loading | error | empty | ready. Answers from an
 * older call are ignored, so a slow response never overwrites a newer one. A failure is never turned into "empty".
 */
export function useAsyncData<T>(
  load: () => Promise<T>,
  deps: React.DependencyList,
  options: AsyncDataOptions<T> = {}
): AsyncDataResult<T> {
  const enabled = options.enabled ?? true;
  const isEmpty = options.isEmpty ?? never;
  const [state, setState] = React.useState<AsyncData<T>>(enabled ? LOADING : IDLE);
  const [attempt, setAttempt] = React.useState(0);
  const latestCall = React.useRef(0);

  // A layout effect, so the request leaves as the skeleton is committed instead of after it is painted and every
  // other passive effect on the page has run.
  React.useLayoutEffect(() => {
    const call = ++latestCall.current;
    if (!enabled) {
      setState(IDLE);
      return;
    }
    // Already loading (the first run): keeping the same state spares a re-render in the middle of the commit.
    setState(toLoading);
    load().then(
      (data) => call === latestCall.current && setState(settled(data, isEmpty)),
      async (error: unknown) => {
        const serviceError = await asServiceError(error);
        if (call === latestCall.current) {
          setState({ status: 'error', error: serviceError });
        }
      }
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, enabled, attempt]);

  React.useEffect(
    () => () => {
      latestCall.current++;
    },
    []
  );

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
