import * as React from 'react';
import type { ServiceError } from '../services/ServiceError';
import { asServiceError, type AsyncData } from './AsyncData';

/** One page of a longer list, with the continuation to ask for the next one (none on the last page). */
export interface Page<T> {
  items: T[];
  next?: string;
}

export interface PagedDataOptions<T> {
  enabled?: boolean;
  /** Items with a key already shown are not shown twice when pages overlap. */
  keyOf?: (item: T) => string;
}

export interface PagedDataResult<T> {
  /** The first page's fate; `ready` holds every item loaded so far. */
  state: AsyncData<T[]>;
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "load more" failed; the items loaded before stay. */
  moreError: ServiceError | undefined;
  loadMore: () => void;
  /** Starts again from the first page. */
  reload: () => void;
}

interface Pages<T> {
  items: T[];
  next: string | undefined;
  loadingMore: boolean;
  moreError: ServiceError | undefined;
}

const FIRST: Pages<never> = { items: [], next: undefined, loadingMore: false, moreError: undefined };

function append<T>(items: T[], page: T[], keyOf: ((item: T) => string) | undefined): T[] {
  if (!keyOf) {
    return [...items, ...page];
  }
  const seen = new Set(items.map(keyOf));
  return [...items, ...page.filter((item) => !seen.has(keyOf(item)))];
}

interface PagingRefs<T> {
  generation: React.MutableRefObject<number>;
  requested: React.MutableRefObject<Set<string>>;
  loadRef: React.MutableRefObject<(cursor: string | undefined) => Promise<Page<T>>>;
  keyOf: React.MutableRefObject<((item: T) => string) | undefined>;
}

/** "Load more": asks for the next continuation once, and drops its answer if the list was reloaded meanwhile. */
function useLoadMore<T>(
  pages: Pages<T>,
  setPages: React.Dispatch<React.SetStateAction<Pages<T>>>,
  refs: PagingRefs<T>
): () => void {
  const { generation, requested, loadRef, keyOf } = refs;
  return React.useCallback(() => {
    const cursor = pages.next;
    if (cursor === undefined || pages.loadingMore || requested.current.has(cursor)) {
      return;
    }
    requested.current.add(cursor);
    const call = generation.current;
    setPages((current) => ({ ...current, loadingMore: true, moreError: undefined }));
    loadRef.current(cursor).then(
      (page) =>
        call === generation.current &&
        setPages((current) => ({
          items: append(current.items, page.items, keyOf.current),
          next: page.next,
          loadingMore: false,
          moreError: undefined
        })),
      async (error: unknown) => {
        const serviceError = await asServiceError(error);
        if (call === generation.current) {
          requested.current.delete(cursor);
          setPages((current) => ({ ...current, loadingMore: false, moreError: serviceError }));
        }
      }
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pages.next, pages.loadingMore]);
}

/** The first page of a (re)load; its answer is dropped when a newer load has started. */
function loadFirstPage<T>(
  call: number,
  refs: PagingRefs<T>,
  setPages: React.Dispatch<React.SetStateAction<Pages<T>>>,
  setFirst: React.Dispatch<React.SetStateAction<AsyncData<true>>>
): void {
  refs.loadRef.current(undefined).then(
    (page) => {
      if (call === refs.generation.current) {
        setPages({ ...FIRST, items: append([], page.items, refs.keyOf.current), next: page.next });
        setFirst(page.items.length === 0 ? { status: 'empty' } : { status: 'ready', data: true });
      }
    },
    async (error: unknown) => {
      const serviceError = await asServiceError(error);
      if (call === refs.generation.current) {
        setFirst({ status: 'error', error: serviceError });
      }
    }
  );
}

/**
 * A list loaded page by page: the first page when `deps` change, the next one on demand. A continuation is
 * requested at most once, and answers that arrive after a reload from the top are dropped.
 */
export function usePagedData<T>(
  loadPage: (cursor: string | undefined) => Promise<Page<T>>,
  deps: React.DependencyList,
  options: PagedDataOptions<T> = {}
): PagedDataResult<T> {
  const enabled = options.enabled ?? true;
  const [first, setFirst] = React.useState<AsyncData<true>>(enabled ? { status: 'loading' } : { status: 'idle' });
  const [pages, setPages] = React.useState<Pages<T>>(FIRST);
  const [attempt, setAttempt] = React.useState(0);
  const generation = React.useRef(0);
  const requested = React.useRef(new Set<string>());
  const loadRef = React.useRef(loadPage);
  loadRef.current = loadPage;
  const keyOf = React.useRef(options.keyOf);
  keyOf.current = options.keyOf;
  const refs: PagingRefs<T> = { generation, requested, loadRef, keyOf };

  React.useLayoutEffect(() => {
    const call = ++generation.current;
    requested.current = new Set();
    setPages(FIRST);
    if (!enabled) {
      setFirst({ status: 'idle' });
      return;
    }
    setFirst({ status: 'loading' });
    loadFirstPage(call, refs, setPages, setFirst);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, enabled, attempt]);

  React.useEffect(
    () => () => {
      generation.current++;
    },
    []
  );

  const loadMore = useLoadMore(pages, setPages, refs);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  const state: AsyncData<T[]> = first.status === 'ready' ? { status: 'ready', data: pages.items } : first;
  return {
    state,
    hasMore: pages.next !== undefined,
    loadingMore: pages.loadingMore,
    moreError: pages.moreError,
    loadMore,
    reload
  };
}
