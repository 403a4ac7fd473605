import type { ServiceError } from './ServiceError';

/** What one call answered: a value, or the reason it failed. Used wherever parts may fail on their own. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failed<T = never>(error: ServiceError): Result<T> {
  return { ok: false, error };
}
