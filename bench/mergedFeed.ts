/**
 * The merged feed of n groups, cold (a fresh browser context each run: empty session and local storage), warm (a
 * reload in the last cold run's context) and in a new session of that browser (session storage emptied, local
 * storage kept), as a Teams channel tab showing the chosen groups.
 */
import type { Browser } from 'playwright-core';
import type { RunningEmulator } from '../test/support/emulator';
import type { RegistryGroup } from './feedBenchSetup';
import { openFeed, watchFirstArticle, type FeedOpen } from './feedOpen';

export interface MergedFeedFigures {
  groups: number;
  coldRuns: FeedOpen[];
  cold: FeedOpen;
  warm: FeedOpen;
  /** A new session of the same browser: session storage empty, local storage (the home site, activity) kept. */
  newSession: FeedOpen;
  coldMountToContentMs: Summary;
  coldMountToFirstArticlePaintMs: Summary;
  /** The most Graph round trips the feed made before its content in any cold run. */
  mostColdGraphRoundTripsBeforeContent: number;
  /** The most round trips one after another before content in any cold run (SharePoint included). */
  mostColdSequentialRoundTrips: number;
  /** Channel-message reads of one opening (until idle), and the feed openings per second the tenant budget allows. */
  channelMessageReadsPerOpen: { cold: number; warm: number };
  tenantCeilingOpensPerSecond: { cold: number | null; warm: number | null };
}

export interface Summary {
  min: number;
  median: number;
  max: number;
}

/** Graph's budget of channel-message reads (GET channel message) per app per tenant, per second. */
export const TENANT_READS_PER_SECOND = 20;
/** Long enough for the emulator's sliding one-second throttling windows to empty between openings. */
const THROTTLE_WINDOW_MS = 1500;

export function summary(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

export function feedUrl(workbenchUrl: string, user: string, groups: readonly RegistryGroup[]): string {
  const query = new URLSearchParams({
    user,
    host: 'teams',
    theme: 'teamsLight',
    webpart: 'interestGroupFeed',
    'prop.feedSource': 'chosen',
    'prop.groupIds': groups.map((group) => group.groupId).join(',')
  });
  return `${workbenchUrl}/?${query.toString()}`;
}

async function openCold(browser: Browser, emulator: RunningEmulator, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchFirstArticle(context);
  const page = await context.newPage();
  await new Promise((resolve) => setTimeout(resolve, THROTTLE_WINDOW_MS));
  return { context, page, open: await openFeed(page, emulator, url, 'goto') };
}

/** Opens the feed of the groups cold `coldRuns` times, then warm once; the emulator's latency is the caller's. */
export async function measureMergedFeed(
  browser: Browser,
  emulator: RunningEmulator,
  url: string,
  groups: number,
  coldRuns: number
): Promise<MergedFeedFigures> {
  const runs: FeedOpen[] = [];
  let warm: FeedOpen | undefined;
  let newSession: FeedOpen | undefined;
  for (let run = 0; run < coldRuns; run++) {
    const { context, page, open } = await openCold(browser, emulator, url);
    runs.push(open);
    if (run === coldRuns - 1) {
      await new Promise((resolve) => setTimeout(resolve, THROTTLE_WINDOW_MS));
      warm = await openFeed(page, emulator, url, 'reload');
      await new Promise((resolve) => setTimeout(resolve, THROTTLE_WINDOW_MS));
      await page.evaluate(() => sessionStorage.clear());
      newSession = await openFeed(page, emulator, url, 'reload');
    }
    await context.close();
  }
  const cold = runs[runs.length - 1];
  const reads = {
    cold: cold.feed.total.channelMessageReads,
    warm: (warm as FeedOpen).feed.total.channelMessageReads
  };
  const ceiling = (perOpen: number): number | null =>
    perOpen === 0 ? null : Math.round((TENANT_READS_PER_SECOND / perOpen) * 100) / 100;
  return {
    groups,
    coldRuns: runs,
    cold,
    warm: warm as FeedOpen,
    newSession: newSession as FeedOpen,
    coldMountToContentMs: summary(runs.map((run) => run.mountToContentMs)),
    coldMountToFirstArticlePaintMs: summary(runs.map((run) => run.mountToFirstArticlePaintMs)),
    mostColdGraphRoundTripsBeforeContent: Math.max(...runs.map((run) => run.feed.beforeContent.graphRoundTrips)),
    mostColdSequentialRoundTrips: Math.max(...runs.map((run) => run.sequentialRoundTrips)),
    channelMessageReadsPerOpen: reads,
    tenantCeilingOpensPerSecond: { cold: ceiling(reads.cold), warm: ceiling(reads.warm) }
  };
}
