import type { HealthReport, ListProblem } from '../../services/health/HealthReport';
import { errorMessage } from '../states/errorMessage';
import type { HealthMessage } from './HealthCheck.types';

/** What an administrator runs to name Kring's home site (PnP PowerShell; tenant scope is the default). */
export const SET_HOME_SITE_COMMAND =
  'Set-PnPStorageEntity -Key KringHomeSite -Value https://<tenant>.sharepoint.com/sites/intranet';

function format(template: string, ...values: string[]): string {
  return values.reduce((text, value, index) => text.split(`{${index}}`).join(value), template);
}

function listMessage(problem: ListProblem, siteUrl: string, strings: IKringCommonStrings): HealthMessage {
  const id = `${problem.kind}:${problem.list}`;
  switch (problem.kind) {
    case 'listMissing':
      return {
        id,
        intent: 'error',
        title: strings.HealthListMissingTitle,
        detail: format(strings.HealthListMissingDetail, problem.list, siteUrl)
      };
    case 'columnsMissing':
      return {
        id,
        intent: 'error',
        title: strings.HealthColumnsMissingTitle,
        detail: format(strings.HealthColumnsMissingDetail, problem.list, problem.columns.join(', '))
      };
    case 'noPermission':
      return {
        id,
        intent: 'warning',
        title: strings.HealthNoPermissionTitle,
        detail: format(strings.HealthNoPermissionDetail, problem.list)
      };
    case 'listUnreadable':
      return {
        id,
        intent: 'error',
        title: strings.HealthListUnreadableTitle,
        detail: format(strings.HealthListUnreadableDetail, problem.list, errorMessage(problem.error, strings).detail)
      };
  }
}

function unreachableMessage(
  siteUrl: string,
  report: Extract<HealthReport, { status: 'homeSiteUnreachable' }>,
  strings: IKringCommonStrings
): HealthMessage {
  const detail =
    report.error.kind === 'forbidden'
      ? format(strings.HealthNoAccessDetail, siteUrl)
      : format(strings.HealthUnreachableDetail, siteUrl, errorMessage(report.error, strings).detail);
  return { id: 'homeSiteUnreachable', intent: 'error', title: strings.HealthUnreachableTitle, detail };
}

/** The report as MessageBar lines, most serious first as the check finds them. */
export function healthMessages(report: HealthReport, strings: IKringCommonStrings): HealthMessage[] {
  switch (report.status) {
    case 'homeSiteNotSet':
      return [
        {
          id: 'homeSiteNotSet',
          intent: 'error',
          title: strings.HealthNotSetTitle,
          detail: strings.HealthNotSetDetail,
          command: SET_HOME_SITE_COMMAND
        }
      ];
    case 'homeSiteInvalid':
      return [
        {
          id: 'homeSiteInvalid',
          intent: 'error',
          title: strings.HealthInvalidTitle,
          detail: format(strings.HealthInvalidDetail, report.value),
          command: SET_HOME_SITE_COMMAND
        }
      ];
    case 'homeSiteUnreachable':
      return [unreachableMessage(report.siteUrl, report, strings)];
    case 'problems':
      return report.problems.map((problem) => listMessage(problem, report.siteUrl, strings));
    case 'ready':
      return [
        {
          id: 'ready',
          intent: 'success',
          title: strings.HealthReadyTitle,
          detail: format(strings.HealthReadyDetail, report.siteUrl)
        }
      ];
  }
}
