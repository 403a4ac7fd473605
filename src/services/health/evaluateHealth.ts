import type { IBasePermissions } from '@pnp/sp/security';
import type { ServiceError } from '../ServiceError';
import type { HealthReport, ListProblem } from './HealthReport';
import type { ListObservation, SiteObservation } from './homeSiteProbe';

/** SharePoint's ViewListItems right: bit 0 of the low half of `SP.BasePermissions` (PnPjs `PermissionKind` 1). */
const VIEW_LIST_ITEMS_MASK = 1;

/** The emulator and SharePoint send the 64-bit halves as strings (OData v3 Edm.Int64); PnPjs types them as numbers. */
function canViewItems(permissions: IBasePermissions): boolean {
  // eslint-disable-next-line no-bitwise
  return (Number(permissions.Low) & VIEW_LIST_ITEMS_MASK) !== 0;
}

function problemFromError(list: string, error: ServiceError): ListProblem {
  if (error.kind === 'notFound') {
    return { kind: 'listMissing', list };
  }
  if (error.kind === 'forbidden') {
    return { kind: 'noPermission', list };
  }
  return { kind: 'listUnreadable', list, error };
}

/** At most one problem of access per list (missing, unreadable, no permission), plus its missing columns. */
function listProblems(observation: ListObservation): ListProblem[] {
  const list = observation.list.title;
  if (!observation.columns.ok) {
    return [problemFromError(list, observation.columns.error)];
  }
  const problems: ListProblem[] = [];
  if (!observation.permissions.ok) {
    problems.push(problemFromError(list, observation.permissions.error));
  } else if (!canViewItems(observation.permissions.value)) {
    problems.push({ kind: 'noPermission', list });
  }
  const present = new Set(observation.columns.value);
  const missing = ['Title', ...observation.list.columns].filter((column) => !present.has(column));
  if (missing.length > 0) {
    problems.push({ kind: 'columnsMissing', list, columns: missing });
  }
  return problems;
}

/** The report for what the home site answered. */
export function evaluateHealth(siteUrl: string, observation: SiteObservation): HealthReport {
  if (!observation.web.ok) {
    return { status: 'homeSiteUnreachable', siteUrl, error: observation.web.error };
  }
  const siteTitle = observation.web.value.title;
  const problems = observation.lists.flatMap(listProblems);
  return problems.length === 0
    ? { status: 'ready', siteUrl, siteTitle }
    : { status: 'problems', siteUrl, siteTitle, problems };
}
