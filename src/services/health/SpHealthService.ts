import type { SPFI } from '@pnp/sp';
import { KRING_LISTS } from '../lists/kringLists';
import { logFailure } from '../logFailure';
import { homeSiteOf } from '../settings/homeSite';
import type { SettingsService } from '../settings/SuiteSettings';
import { evaluateHealth } from './evaluateHealth';
import type { HealthReport, HealthService } from './HealthReport';
import type { SiteObservation } from './homeSiteProbe';

export type HomeSiteObserver = (sp: SPFI) => Promise<SiteObservation>;

/**
 * Only page editors run the check: the probe, with the PnPjs parts for fields and permissions that nothing else
 * uses, loads with the first check instead of with every page.
 */
const observeKringLists: HomeSiteObserver = (sp) =>
  import(/* webpackChunkName: 'kring-health-probe' */ './homeSiteProbe').then((probe) =>
    probe.observeHomeSite(sp, KRING_LISTS)
  );

/** Logs what kept the check from reading the home site once, where the report is made. */
function logUnexpected(report: HealthReport): void {
  if (report.status === 'homeSiteUnreachable') {
    logFailure('health.homeSite', report.error);
  }
  if (report.status === 'problems') {
    for (const problem of report.problems) {
      if (problem.kind === 'listUnreadable') {
        logFailure('health.list', problem.error);
      }
    }
  }
}

/**
 * Checks Kring's home site for a site owner: is it set, reachable, and do its lists have the columns the services
 * use and let the user read them. One set of requests, kept in memory for the page's session.
 */
export class SpHealthService implements HealthService {
  private report: Promise<HealthReport> | undefined;

  public constructor(
    private readonly settings: SettingsService,
    private readonly spFor: (siteUrl: string) => SPFI,
    private readonly observe: HomeSiteObserver = observeKringLists
  ) {}

  public check(options: { refresh?: boolean } = {}): Promise<HealthReport> {
    if (!this.report || options.refresh) {
      const report = this.run();
      // A failed check is not kept: the next call asks again.
      report.catch(() => {
        if (this.report === report) {
          this.report = undefined;
        }
      });
      this.report = report;
    }
    return this.report;
  }

  private async run(): Promise<HealthReport> {
    const homeSite = homeSiteOf(await this.settings.refresh());
    if (homeSite.status === 'notSet') {
      return { status: 'homeSiteNotSet' };
    }
    if (homeSite.status === 'invalid') {
      return { status: 'homeSiteInvalid', value: homeSite.value };
    }
    const report = evaluateHealth(homeSite.url, await this.observe(this.spFor(homeSite.url)));
    logUnexpected(report);
    return report;
  }
}
