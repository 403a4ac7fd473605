import * as React from 'react';
import { asServiceError, type AsyncData } from '../../../../hooks/AsyncData';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import type { ServiceError } from '../../../../services/ServiceError';

/** A change shown at once (`apply`), sent with `run`, then settled with its answer or taken back with `undo`. */
export interface ListChange<T, R> {
  apply: (items: readonly T[]) => T[];
  run: () => Promise<R>;
  /** After success, e.g. to put the saved item in place of a placeholder. */
  done?: (items: readonly T[], result: R) => T[];
  undo: (items: readonly T[]) => T[];
}

export type ChangeOutcome = { ok: true } | { ok: false; error: ServiceError };

export interface CuratedList<T> {
  /** The loaded list with the changes of this session (optimistic ones included). */
  state: AsyncData<T[]>;
  reload: () => void;
  change: <R>(change: ListChange<T, R>) => Promise<ChangeOutcome>;
}

/** A list the curator changes in place: each change shows at once and is taken back if the service refuses it. */
export function useCuratedList<T>(
  load: () => Promise<T[]>,
  deps: React.DependencyList,
  enabled = true
): CuratedList<T> {
  const loaded = useAsyncData(load, deps, { enabled });
  const [items, setItems] = React.useState<T[] | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  React.useEffect(() => {
    setItems(loaded.state.status === 'ready' ? loaded.state.data : undefined);
  }, [loaded.state]);

  const change = React.useCallback(async <R>(next: ListChange<T, R>): Promise<ChangeOutcome> => {
    setItems((current) => current && next.apply(current));
    try {
      const result = await next.run();
      if (mounted.current && next.done) setItems((current) => current && next.done?.(current, result));
      return { ok: true };
    } catch (error) {
      if (mounted.current) setItems((current) => current && next.undo(current));
      return { ok: false, error: await asServiceError(error) };
    }
  }, []);

  const state = React.useMemo<AsyncData<T[]>>(
    () => (loaded.state.status === 'ready' ? { status: 'ready', data: items ?? loaded.state.data } : loaded.state),
    [loaded.state, items]
  );
  return { state, reload: loaded.reload, change };
}
