import type { ServiceError } from '../ServiceError';

/** Something wrong with one of Kring's lists on the home site. */
export type ListProblem =
  | { kind: 'listMissing'; list: string }
  | { kind: 'columnsMissing'; list: string; columns: string[] }
  | { kind: 'noPermission'; list: string }
  | { kind: 'listUnreadable'; list: string; error: ServiceError };

/**
 * Whether Kring can work on this tenant, as a site owner needs to hear it: the home site is not set (or not a
 * URL), cannot be reached, has list problems, or is ready.
 */
export type HealthReport =
  | { status: 'homeSiteNotSet' }
  | { status: 'homeSiteInvalid'; value: string }
  | { status: 'homeSiteUnreachable'; siteUrl: string; error: ServiceError }
  | { status: 'problems'; siteUrl: string; siteTitle?: string; problems: ListProblem[] }
  | { status: 'ready'; siteUrl: string; siteTitle?: string };

export interface HealthService {
  /** The report for this session: checked on the first call, then from cache unless `refresh` asks again. */
  check(options?: { refresh?: boolean }): Promise<HealthReport>;
}
