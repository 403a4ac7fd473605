import * as React from 'react';
import type { AsyncData } from '../../hooks/AsyncData';
import { LazyErrorState } from './lazyStates';
import { LoadingState } from './LoadingState';

export interface AsyncListStateProps<T> {
  list: AsyncData<readonly T[]>;
  loadingLabel: string;
  onRetry: () => void;
  /** The settled list, an empty one included (`empty` and `ready` alike). */
  children: (items: readonly T[]) => React.ReactNode;
}

/** A section's list while it loads (a small spinner), when it failed (a compact error with retry), or once settled. */
export function AsyncListState<T>({
  list,
  loadingLabel,
  onRetry,
  children
}: AsyncListStateProps<T>): React.ReactElement {
  switch (list.status) {
    case 'idle':
    case 'loading':
      return <LoadingState size="tiny" label={loadingLabel} />;
    case 'error':
      return <LazyErrorState compact error={list.error} onRetry={onRetry} />;
    case 'empty':
      return <>{children([])}</>;
    case 'ready':
      return <>{children(list.data)}</>;
  }
}
