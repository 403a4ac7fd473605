import * as React from 'react';
import { ServiceError } from '../services/ServiceError';
import { toServiceError } from '../services/toServiceError';

export type AsyncData<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ServiceError }
  | { status: 'empty' }
  | { status: 'ready'; data: T };

export interface AsyncDataResult<T> {
  state: AsyncData<T>;
  reload: () => void;
}

/**
 * Runs `load` whenever `deps` change and turns it into loading | error | empty | ready. Answers from an older
 * call are ignored, so a slow response never overwrites a newer one. A failure is never turned into "empty".
 */
export function useAsyncData<T>(
  load: () => Promise<T>,
  deps: React.DependencyList,
  isEmpty: (data: T) => boolean = () => false
): AsyncDataResult<T> {
  const [state, setState] = React.useState<AsyncData<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const latestCall = React.useRef(0);

  // A layout effect, so the request leaves as the skeleton is committed instead of after it is painted and every
  // other passive effect on the page has run: one frame or more sooner, and only the request's synchronous start
  // (cache look-ups, queueing the fetch) runs before the paint.
  React.useLayoutEffect(() => {
    const call = ++latestCall.current;
    setState({ status: 'loading' });
    load().then(
      (data) => {
        if (call === latestCall.current) {
          setState(isEmpty(data) ? { status: 'empty' } : { status: 'ready', data });
        }
      },
      async (error: unknown) => {
        const serviceError = error instanceof ServiceError ? error : await toServiceError(error);
        if (call === latestCall.current) {
          setState({ status: 'error', error: serviceError });
        }
      }
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
