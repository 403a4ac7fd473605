import * as React from 'react';
import { asServiceError, settled, type AsyncData } from './AsyncData';

export interface DebouncedQueryOptions<T> {
  /** Wait after the last change before searching. Default 300 ms. */
  delayMs?: number;
  /** Shorter (trimmed) queries are not sent; the state is `idle`. Default 1. */
  minLength?: number;
  enabled?: boolean;
  isEmpty?: (data: T) => boolean;
}

export interface DebouncedQueryResult<T> {
  state: AsyncData<T>;
  /** The query the state answers (the last one that settled), trimmed. */
  settledQuery: string;
  reload: () => void;
}

const never = (): boolean => false;

/**
 * Searches once per settled query: typing restarts the wait, the same settled query is not sent twice in a row,
 * and answers to older queries are dropped.
 */
export function useDebouncedQuery<T>(
  query: string,
  search: (query: string) => Promise<T>,
  options: DebouncedQueryOptions<T> = {}
): DebouncedQueryResult<T> {
  const { delayMs = 300, minLength = 1, enabled = true } = options;
  const isEmpty = options.isEmpty ?? never;
  const text = query.trim();
  const [state, setState] = React.useState<AsyncData<T>>({ status: 'idle' });
  const [settledQuery, setSettledQuery] = React.useState('');
  const [attempt, setAttempt] = React.useState(0);
  // The query (with its retry attempt) last sent; only its answer is shown.
  const sent = React.useRef<string | undefined>(undefined);
  const searchRef = React.useRef(search);
  searchRef.current = search;

  React.useEffect(() => {
    if (!enabled || text.length < minLength) {
      sent.current = undefined;
      setState({ status: 'idle' });
      setSettledQuery('');
      return undefined;
    }
    const key = `${attempt}\u0000${text}`;
    if (key === sent.current) {
      return undefined;
    }
    const timer = setTimeout(() => {
      sent.current = key;
      setSettledQuery(text);
      setState({ status: 'loading' });
      searchRef.current(text).then(
        (data) => sent.current === key && setState(settled(data, isEmpty)),
        async (error: unknown) => {
          const serviceError = await asServiceError(error);
          if (sent.current === key) {
            setState({ status: 'error', error: serviceError });
          }
        }
      );
    }, delayMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, enabled, minLength, delayMs, attempt]);

  React.useEffect(
    () => () => {
      sent.current = undefined;
    },
    []
  );

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, settledQuery, reload };
}
