import { ServiceError } from '../services/ServiceError';
import { toServiceError } from '../services/toServiceError';

/** What a component shows for data it loads: nothing asked yet, loading, failed, nothing there, or the data. */
export type AsyncData<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: ServiceError }
  | { status: 'empty' }
  | { status: 'ready'; data: T };

export function settled<T>(data: T, isEmpty: (data: T) => boolean): AsyncData<T> {
  return isEmpty(data) ? { status: 'empty' } : { status: 'ready', data };
}

export async function asServiceError(error: unknown): Promise<ServiceError> {
  return error instanceof ServiceError ? error : toServiceError(error);
}

export const isEmptyList = (data: readonly unknown[]): boolean => data.length === 0;
