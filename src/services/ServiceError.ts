/**
 * Why a call to Graph or SharePoint failed, in the terms the UI explains to people: the service could not be
 * reached (`network`), was busy (`throttled` 429, `unavailable` 503/504), failed (`failed`, other 5xx), refused
 * (`forbidden`, `unauthenticated`), or the thing is not there (`notFound`); or Kring itself is not set up
 * (`notConfigured`: a tenant setting such as its home site is missing, so no request was sent); or the person
 * stopped it (`cancelled`, e.g. an upload they cancelled).
 */
export type ServiceErrorKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'throttled'
  | 'unavailable'
  | 'failed'
  | 'invalid'
  | 'conflict'
  | 'network'
  | 'notConfigured'
  | 'cancelled';

/** The only error type services throw; components never see PnPjs or fetch errors. */
export class ServiceError extends Error {
  public readonly kind: ServiceErrorKind;
  public readonly status: number | undefined;
  public readonly retryAfterSeconds: number | undefined;
  /** Graph's `error.code`, e.g. `Authorization_RequestDenied`. */
  public readonly code: string | undefined;

  public constructor(
    kind: ServiceErrorKind,
    message: string,
    details: { status?: number; retryAfterSeconds?: number; code?: string } = {}
  ) {
    super(message);
    this.name = 'ServiceError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.code = details.code;
  }

  public get retryable(): boolean {
    return isRetryable(this);
  }
}

/** The one retry predicate: busy answers (429, 503, 504) and no answer at all are worth trying again. */
export function isRetryable(error: ServiceError): boolean {
  return error.kind === 'throttled' || error.kind === 'unavailable' || error.kind === 'network';
}

export function kindForStatus(status: number): ServiceErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'failed';
  return 'invalid';
}
