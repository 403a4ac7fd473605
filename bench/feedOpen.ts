/**
 * One opening of the interest-group feed in the workbench, measured: the feed's User Timing marks, when its first
 * article was in the document and painted, and what it asked of the emulator before its content and in total.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { WEB_PART_RENDER_MARK } from '../src/webparts/shared/webPartTiming';
import type { LoggedEmulatorRequest, RunningEmulator } from '../test/support/emulator';
import { waitForQuiet } from './emulatorQuiet';
import {
  FEED_CONTENT_MARK,
  FEED_CONTENT_MEASURE,
  FEED_MOUNT_MARK
} from '../src/webparts/interestGroupFeed/components/feed/feedTiming';
import { countRequests, type FeedRequestCounts } from './feedRequests';

/** One request the page made after the feed mounted: when it started and how long it took, in ms. */
export interface TimelineEntry {
  request: string;
  startMs: number;
  durationMs: number;
}

/** What one opening asked for: since the feed mounted (its own requests), and since navigation (the page's). */
export interface OpenRequests {
  beforeContent: FeedRequestCounts;
  total: FeedRequestCounts;
}

export interface FeedOpen {
  /** From the feed's mount mark to its content mark (React committed the first posts). */
  mountToContentMs: number;
  /** From the web part's first render (its prefetch, its root's chunk asked for) to the content mark. */
  webPartToContentMs: number;
  /** From the mount mark to the first animation frame after the first article was in the document. */
  mountToFirstArticlePaintMs: number;
  /** From navigation start to the content mark (the workbench's own start-up included). */
  navigationToContentMs: number;
  /** Feed articles in the document just after the content mark. */
  articlesInDom: number;
  /** Requests received from the web part's render on (the workbench's Teams host asks for its team before). */
  feed: OpenRequests;
  /** Everything since navigation, the workbench page's own requests included. */
  page: OpenRequests;
  /** Requests between the web part's render and content, relative to that render (resource timing). */
  timeline: TimelineEntry[];
  /** Round trips one after another before content: the longest chain of requests each starting after one ended. */
  sequentialRoundTrips: number;
}

/**
 * Installed in every page of a context: notes when the first feed article enters the document, and its paint.
 * Also defines `__name`, which tsx's esbuild (keepNames) puts around named functions in code handed to the page.
 */
export async function watchFirstArticle(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'window.__name = (target) => target;' });
  await context.addInitScript(() => {
    const seen = window as unknown as { kringFirstArticle?: number; kringFirstArticlePaint?: number };
    const observer = new MutationObserver(() => {
      if (seen.kringFirstArticle === undefined && document.querySelector('[role="feed"] article')) {
        seen.kringFirstArticle = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          seen.kringFirstArticlePaint = performance.now();
        });
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** The longest chain in the timeline of requests each starting after the previous one ended. */
export function sequentialRoundTrips(timeline: readonly TimelineEntry[]): number {
  const sorted = [...timeline].sort((a, b) => a.startMs - b.startMs);
  const depths: number[] = [];
  sorted.forEach((entry, index) => {
    const before = sorted
      .slice(0, index)
      .filter((other) => other.startMs + other.durationMs <= entry.startMs + 1)
      .map((other) => depths[sorted.indexOf(other)]);
    depths.push(1 + Math.max(0, ...before));
  });
  return Math.max(0, ...depths);
}

type PageTimes = Omit<FeedOpen, 'feed' | 'page' | 'sequentialRoundTrips'> & { mountAt: number; contentAt: number };

async function pageTimes(page: Page): Promise<PageTimes> {
  return page.evaluate(
    ([mountName, contentName, measureName, webPartName]) => {
      const seen = window as unknown as { kringFirstArticlePaint?: number };
      const mount = performance.getEntriesByName(mountName, 'mark')[0]?.startTime ?? NaN;
      const content = performance.getEntriesByName(contentName, 'mark')[0]?.startTime ?? NaN;
      const measure = performance.getEntriesByName(measureName, 'measure')[0]?.duration ?? NaN;
      // From the web part's render: its prefetch starts there, before the root's chunk has loaded and mounted.
      const start = performance.getEntriesByName(webPartName, 'mark')[0]?.startTime ?? mount;
      const timeline = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.startTime >= start && entry.startTime <= content)
        .filter((entry) => /^\/(v1\.0|sites)\//.test(new URL(entry.name).pathname))
        .map((entry) => ({
          request: decodeURIComponent(new URL(entry.name).pathname),
          startMs: Math.round(entry.startTime - start),
          durationMs: Math.round(entry.duration)
        }));
      return {
        mountToContentMs: Math.round(measure),
        webPartToContentMs: Math.round(content - start),
        mountToFirstArticlePaintMs: Math.round((seen.kringFirstArticlePaint ?? NaN) - mount),
        navigationToContentMs: Math.round(content),
        articlesInDom: document.querySelectorAll('[role="feed"] article').length,
        timeline,
        mountAt: performance.timeOrigin + start,
        contentAt: performance.timeOrigin + content
      };
    },
    [FEED_MOUNT_MARK, FEED_CONTENT_MARK, FEED_CONTENT_MEASURE, WEB_PART_RENDER_MARK]
  );
}

/** Opens (or, warm, reloads) the feed and measures it once the page and the emulator are idle. */
export async function openFeed(
  page: Page,
  emulator: RunningEmulator,
  url: string,
  how: 'goto' | 'reload'
): Promise<FeedOpen> {
  await emulator.clearRequests();
  if (how === 'reload') {
    await page.reload();
  } else {
    await page.goto(url);
  }
  // A cheap, slow poll for the feed's own measure: selector waits would query the page on every frame.
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, FEED_CONTENT_MEASURE, {
    polling: 100,
    timeout: 30_000
  });
  await page.waitForFunction(
    () => (window as unknown as { kringFirstArticlePaint?: number }).kringFirstArticlePaint !== undefined,
    undefined,
    { polling: 100, timeout: 10_000 }
  );
  const { mountAt, contentAt, ...times } = await pageTimes(page);
  await page.waitForLoadState('networkidle');
  await waitForQuiet(emulator, 1500, 30_000);
  const all = await emulator.requests();
  const received = (request: LoggedEmulatorRequest): number => Date.parse(request.at ?? '');
  const before = all.filter((request) => received(request) <= contentAt);
  const sinceMount = all.filter((request) => received(request) >= mountAt);
  return {
    ...times,
    feed: {
      beforeContent: countRequests(before.filter((request) => received(request) >= mountAt)),
      total: countRequests(sinceMount)
    },
    page: { beforeContent: countRequests(before), total: countRequests(all) },
    sequentialRoundTrips: sequentialRoundTrips(times.timeline)
  };
}
