/**
 * Scrolling a merged feed of 5,000 posts: the channel pages come from `feedRoute` (synthetic chatMessages through
 * the real feed service, VirtualFeed and PostCard), the feed is scrolled to its end until every post is loaded,
 * then from top to bottom by a fixed step each animation frame while the page records the frames' durations.
 */
import { writeFileSync } from 'fs';
import type { Browser, Page } from 'playwright-core';
import type { BenchPerson, RegistryGroup } from './feedBenchSetup';
import { watchFirstArticle } from './feedOpen';
import { routeFeed } from './feedRoute';
import { feedUrl } from './mergedFeed';
import type { SyntheticFeed } from './syntheticMessages';

export interface FrameStats {
  frames: number;
  maxMs: number;
  p95Ms: number;
  meanMs: number;
  over50Ms: number;
  /** Long tasks (over 50 ms on the main thread) the browser reported. */
  longTasks: number;
  longestTaskMs: number;
}

export interface ScrollFigures {
  posts: number;
  channels: number;
  pagesServed: number;
  loadMs: number;
  /** Frames while the posts were loading (the feed scrolled to its end after every load). */
  loading: FrameStats;
  /** Frames scrolling the loaded feed from top to bottom. */
  scrolling: FrameStats & {
    stepPx: number;
    distancePx: number;
    pxPerSecond: number;
    durationMs: number;
    /** False when the scroll stopped at `maxFrames` before the end. */
    reachedEnd: boolean;
    longestFrames: LongFrame[];
  };
  /** The most feed articles in the document at any frame of the scroll. */
  mostArticlesInDom: number;
}

interface RawFrames {
  frames: number[];
  longTasks: number[];
}

const SCROLLER = '[data-testid="feed-scroller"]';
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** A long frame of the scroll: where it was (scroll offset, first article in the document). */
export interface LongFrame {
  ms: number;
  scrollTop: number;
  post: number;
}

interface ScrollEnd {
  mostArticles: number;
  distance: number;
  duration: number;
  reachedEnd: boolean;
  longest: LongFrame[];
}

export function frameStats(raw: RawFrames): FrameStats {
  const sorted = [...raw.frames].sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    frames: sorted.length,
    maxMs: round(sorted[sorted.length - 1] ?? 0),
    p95Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0),
    meanMs: round(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)),
    over50Ms: sorted.filter((value) => value > 50).length,
    longTasks: raw.longTasks.length,
    longestTaskMs: round(Math.max(0, ...raw.longTasks))
  };
}

/** Starts recording frame durations (rAF deltas) and long tasks in the page; `stop` answers them. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { frames: [] as number[], longTasks: [] as number[], running: true, last: -1 };
    const observer = new PerformanceObserver((list) =>
      state.longTasks.push(...list.getEntries().map((entry) => entry.duration))
    );
    observer.observe({ type: 'longtask' });
    const tick = (time: number): void => {
      if (state.last >= 0) state.frames.push(time - state.last);
      state.last = time;
      if (state.running) requestAnimationFrame(tick);
      else observer.disconnect();
    };
    requestAnimationFrame(tick);
    (window as unknown as { kringFrames: typeof state }).kringFrames = state;
  });
}

async function stopRecording(page: Page): Promise<RawFrames> {
  return page.evaluate(() => {
    const state = (window as unknown as { kringFrames: RawFrames & { running: boolean } }).kringFrames;
    state.running = false;
    return { frames: state.frames, longTasks: state.longTasks };
  });
}

/** Scrolls to the end until the feed says it holds every post (`aria-setsize` is the count once nothing is left). */
async function loadAll(page: Page, posts: number, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const done = await page.evaluate(
      ([selector, count]) => {
        const scroller = document.querySelector(selector as string) as HTMLElement;
        scroller.scrollTop = scroller.scrollHeight;
        return scroller.querySelector(`article[aria-setsize="${count}"]`) !== null;
      },
      [SCROLLER, posts] as const
    );
    if (done) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`The feed did not load ${posts} posts in ${timeoutMs} ms`);
}

/** Scrolls the feed from top to bottom by `stepPx` each frame; answers the frames and the most articles seen. */
async function scrollThrough(page: Page, stepPx: number, maxFrames: number) {
  return page.evaluate(
    ([selector, step, most]) =>
      new Promise<RawFrames & ScrollEnd>((resolve) => {
        const scroller = document.querySelector(selector as string) as HTMLElement;
        const frames: number[] = [];
        const longTasks: number[] = [];
        const observer = new PerformanceObserver((list) =>
          longTasks.push(...list.getEntries().map((entry) => entry.duration))
        );
        observer.observe({ type: 'longtask' });
        let last = -1;
        let first = -1;
        let mostArticles = 0;
        let stuck = 0;
        const longest: LongFrame[] = [];
        const tick = (time: number): void => {
          if (last >= 0) {
            frames.push(time - last);
            const first = scroller.querySelector('article')?.getAttribute('aria-posinset');
            longest.push({
              ms: Math.round(time - last),
              scrollTop: Math.round(scroller.scrollTop),
              post: Number(first)
            });
            longest.sort((a, b) => b.ms - a.ms).splice(5);
          }
          if (first < 0) first = time;
          last = time;
          mostArticles = Math.max(mostArticles, scroller.querySelectorAll('article').length);
          const before = scroller.scrollTop;
          const atEnd = before + scroller.clientHeight >= scroller.scrollHeight - 1;
          stuck = before === (scroller as unknown as { lastTop?: number }).lastTop ? stuck + 1 : 0;
          (scroller as unknown as { lastTop?: number }).lastTop = before;
          if (atEnd || stuck > 120 || frames.length >= (most as number)) {
            observer.disconnect();
            resolve({
              frames,
              longTasks,
              mostArticles,
              distance: before,
              duration: time - first,
              reachedEnd: atEnd,
              longest
            });
            return;
          }
          scroller.scrollBy(0, step as number);
          requestAnimationFrame(tick);
        };
        scroller.scrollTop = 0;
        requestAnimationFrame(() => requestAnimationFrame(tick));
      }),
    [SCROLLER, stepPx, maxFrames] as const
  );
}

export interface ScrollOptions {
  workbenchUrl: string;
  graphBaseUrl: string;
  user: string;
  groups: readonly RegistryGroup[];
  people: readonly BenchPerson[];
  posts: number;
  stepPx: number;
  latencyMs: number;
  /** Stop scrolling after this many frames (a quicker, partial run). */
  maxFrames?: number;
  /** Where to write a CPU profile of the scroll (`.cpuprofile`, for Chrome's performance panel). */
  cpuProfile?: string;
  /**
   * Where to write a Chromium trace of the scroll (style, layout, paint of each frame; for Chrome's performance
   * panel); `KRING_BENCH_TRACE` when not given.
   */
  trace?: string;
}

export async function measureScroll(browser: Browser, options: ScrollOptions): Promise<ScrollFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchFirstArticle(context);
  try {
    const page = await context.newPage();
    const feed: SyntheticFeed = {
      channels: options.groups.map((group) => ({ groupId: group.groupId, channelId: group.channelId })),
      threadsPerChannel: Math.ceil(options.posts / options.groups.length),
      people: options.people,
      graphBaseUrl: options.graphBaseUrl,
      nextTop: 50
    };
    const routed = await routeFeed(page, feed, options.latencyMs);
    await page.goto(feedUrl(options.workbenchUrl, options.user, options.groups));
    await page.locator(`${SCROLLER} article`).first().waitFor({ timeout: 30_000 });
    const started = Date.now();
    await startRecording(page);
    await loadAll(page, feed.threadsPerChannel * feed.channels.length, 180_000);
    const loading = frameStats(await stopRecording(page));
    const loadMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const profiler = options.cpuProfile ? await context.newCDPSession(page) : undefined;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    }
    const trace = options.trace ?? process.env.KRING_BENCH_TRACE;
    if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
    const scrolled = await scrollThrough(page, options.stepPx, options.maxFrames ?? Number.MAX_SAFE_INTEGER);
    if (trace) await browser.stopTracing();
    if (profiler && options.cpuProfile) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(options.cpuProfile, JSON.stringify(profile));
    }
    const stats = frameStats(scrolled);
    return {
      posts: routed.threadsServed(),
      channels: feed.channels.length,
      pagesServed: routed.pagesServed(),
      loadMs,
      loading,
      scrolling: {
        ...stats,
        stepPx: options.stepPx,
        distancePx: Math.round(scrolled.distance),
        durationMs: Math.round(scrolled.duration),
        pxPerSecond: Math.round(scrolled.distance / (scrolled.duration / 1000)),
        reachedEnd: scrolled.reachedEnd,
        longestFrames: scrolled.longest
      },
      mostArticlesInDom: scrolled.mostArticles
    };
  } finally {
    await context.close();
  }
}
