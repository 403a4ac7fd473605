/** Why a call to Graph or SharePoint failed, in the terms the UI explains to people. */
export type ServiceErrorKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'throttled'
  | 'unavailable'
  | 'invalid'
  | 'conflict'
  | 'network';

/** The only error type services throw; components never see PnPjs or fetch errors. */
export class ServiceError extends Error {
  public readonly kind: ServiceErrorKind;
  public readonly status: number | undefined;
  public readonly retryAfterSeconds: number | undefined;
  /** Graph's `error.code`, e.g. `Authorization_RequestDenied`. */
  public readonly code: string | undefined;

  public constructor(kind: ServiceErrorKind, message: string, details: { status?: number; retryAfterSeconds?: number; code?: string } = {}) {
    super(message);
    this.name = 'ServiceError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.code = details.code;
  }

  public get retryable(): boolean {
    return this.kind === 'throttled' || this.kind === 'unavailable' || this.kind === 'network';
  }
}

export function kindForStatus(status: number): ServiceErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'invalid';
}
