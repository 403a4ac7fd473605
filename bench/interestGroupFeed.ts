/**
 * `npm run bench` (after the card): the interest-group feed against the emulator with 100 ms latency and Graph's
 * channel-message throttling on, in headless Chromium through the workbench (a Teams tab with the chosen groups).
 * Measures the merged feed of 1, 20 and 40 groups cold and warm, the size of a channel page with and without
 * `$expand=replies`, and the frames of scrolling 5,000 posts; prints them and writes them under bench/results/.
 *
 * `npx tsx bench/interestGroupFeed.ts [--cold-runs 5] [--only open|scroll] [--posts 5000] [--step 400]
 * [--scroll-frames N]`; `KRING_BENCH_CPU_PROFILE=file.cpuprofile` also profiles the scroll.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { loadavg, tmpdir } from 'os';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { buildWorkbench } from '../workbench/build';
import { startWorkbenchServer } from '../workbench/server';
import { launchBrowser } from '../test/support/browser';
import { startEmulator, type RunningEmulator } from '../test/support/emulator';
import { ensureTemplateDatabase, TEMPLATE_ENV } from '../test/support/emulatorTemplate';
import { joinAll, readRegistry, somePeople, type RegistryGroup } from './feedBenchSetup';
import { feedBudgets, printBudgets, printMerged, printReplies, printScroll } from './feedReport';
import { measureScroll, type ScrollFigures } from './feedScroll';
import { openFeed, watchFirstArticle } from './feedOpen';
import { feedUrl, measureMergedFeed, type MergedFeedFigures } from './mergedFeed';
import { measureRepliesSize, type ChannelRepliesSize } from './repliesSize';

const LATENCY_MS = 100;
const USER = 'anne.devries@hogeschool.example';
const GROUP_COUNTS = [1, 20, 40];
const SCROLL_POSTS = 5000;
const SCROLL_CHANNELS = 20;
const ROOT = join(__dirname, '..');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** Warms browser and emulator up without latency on the 40-group feed, so the first cold run compiles nothing. */
async function warmUp(browser: Browser, emulator: RunningEmulator, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchFirstArticle(context);
  await openFeed(await context.newPage(), emulator, url, 'goto');
  await context.close();
}

async function measureReplies(
  emulator: RunningEmulator,
  groups: readonly RegistryGroup[]
): Promise<ChannelRepliesSize[]> {
  // Sizes, not times: throttling off so 40 channels' pages and their threads' replies are read without waiting.
  await emulator.setThrottling({ channelMessages: false });
  const sizes: ChannelRepliesSize[] = [];
  for (const group of groups) {
    sizes.push(await measureRepliesSize(emulator, USER, group));
  }
  await emulator.setThrottling({ channelMessages: true });
  return sizes;
}

async function main(): Promise<void> {
  console.log('Kring bench: interest-group feed');
  const coldRuns = Number(option('cold-runs', '5'));
  const only = option('only', 'all');
  const stepPx = Number(option('step', '400'));
  const loadAtStart = loadavg().map((value) => Math.round(value * 10) / 10);
  // A build of its own: a running `npm start` keeps rebuilding workbench/dist.
  const distDir = mkdtempSync(join(tmpdir(), 'kring-bench-workbench-'));
  const [, template] = await Promise.all([buildWorkbench('production', distDir), ensureTemplateDatabase()]);
  process.env[TEMPLATE_ENV] = template;
  const emulator = await startEmulator();
  const workbench = await startWorkbenchServer({ port: 0, emulatorUrl: emulator.baseUrl, distDir });
  const browser = await launchBrowser();
  try {
    const registry = await readRegistry(emulator, USER);
    const added = await joinAll(emulator, USER, registry);
    console.log(`Registry: ${registry.length} groups; ${USER} added to ${added} of them by their owners`);
    const replies = await measureReplies(emulator, registry);
    const merged: MergedFeedFigures[] = [];
    if (only !== 'scroll') {
      await warmUp(browser, emulator, feedUrl(workbench.url, USER, registry));
      await emulator.setFaults({ latencyMs: LATENCY_MS });
      for (const count of GROUP_COUNTS) {
        const url = feedUrl(workbench.url, USER, registry.slice(0, count));
        merged.push(await measureMergedFeed(browser, emulator, url, count, coldRuns));
      }
      await emulator.clearFaults();
    }
    let scroll: ScrollFigures | undefined;
    if (only !== 'open') {
      scroll = await measureScroll(browser, {
        workbenchUrl: workbench.url,
        graphBaseUrl: emulator.graphUrl,
        user: USER,
        groups: registry.slice(0, SCROLL_CHANNELS),
        people: await somePeople(emulator, USER, 60),
        posts: Number(option('posts', String(SCROLL_POSTS))),
        stepPx,
        latencyMs: LATENCY_MS,
        maxFrames: Number(option('scroll-frames', String(Number.MAX_SAFE_INTEGER))),
        cpuProfile: process.env.KRING_BENCH_CPU_PROFILE
      });
    }

    console.log(`Emulated latency: ${LATENCY_MS} ms per round trip; channel-message throttling on`);
    if (merged.length > 0) printMerged(merged, coldRuns);
    printReplies(replies[0], replies);
    if (scroll) printScroll(scroll);
    const budgets = feedBudgets(merged, scroll, LATENCY_MS);
    printBudgets(budgets);

    const date = new Date().toISOString();
    const dir = join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `interest-group-feed-${date.replace(/[:.]/g, '-')}.json`);
    const loadAverage = { atStart: loadAtStart, atEnd: loadavg().map((value) => Math.round(value * 10) / 10) };
    console.log(
      `Load average (1/5/15 min) at start ${loadAverage.atStart.join('/')}, at end ${loadAverage.atEnd.join('/')}`
    );
    const result = { date, emulatedLatencyMs: LATENCY_MS, user: USER, loadAverage, merged, replies, scroll, budgets };
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Written to ${file}`);
    const missed = budgets.filter((budget) => budget.gating && !budget.pass);
    if (missed.length > 0) {
      console.log(`Budgets missed: ${missed.map((budget) => `${budget.name} ${budget.measured}`).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await workbench.close();
    await emulator.stop();
    rmSync(distDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
