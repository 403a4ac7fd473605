/**
 * `npm run bench` (after the feed): the interest-group feed's composer against the emulator with 100 ms latency, in
 * headless Chromium through the workbench, as a Teams tab of one group the bench user is a member of. Measures what
 * a post, a reply and a reaction toggle ask of Graph and how soon each shows; how soon "Start a post" gives a text
 * field in a new browser context (the composer's code loading); and the throughput of a 20 MB upload from the
 * device at 0 and 100 ms latency. Prints them, writes bench/results/composer.json, and exits non-zero when a gating
 * budget is missed.
 *
 * `npx tsx bench/composer.ts [--runs 5] [--open-runs 5] [--upload-runs 3] [--upload-mb 20]`
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { loadavg, tmpdir } from 'os';
import { join } from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildWorkbench } from '../workbench/build';
import { startWorkbenchServer } from '../workbench/server';
import { launchBrowser } from '../test/support/browser';
import { startEmulator, type RunningEmulator } from '../test/support/emulator';
import { ensureTemplateDatabase, TEMPLATE_ENV } from '../test/support/emulatorTemplate';
import {
  openComposer,
  openFeedPage,
  sendMessage,
  toggleLike,
  uploadFile,
  type ComposerOpenRun,
  type ReactionRun,
  type SendRun,
  type UploadRun
} from './composerActions';
import {
  composerBudgets,
  composerFindings,
  openFigures,
  printComposer,
  sendFigures,
  uploadFigures,
  type ComposerFigures,
  type UploadFigures
} from './composerReport';
import { graphCall, readRegistry, type RegistryGroup } from './feedBenchSetup';
import { printBudgets } from './feedReport';
import { feedUrl } from './mergedFeed';

const LATENCY_MS = 100;
const USER = 'anne.devries@hogeschool.example';
const ROOT = join(__dirname, '..');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? Number(process.argv[index + 1]) : fallback;
}

const load = (): number[] => loadavg().map((value) => Math.round(value * 10) / 10);

/** The first group of the registry (in list order) the user is a member of: the Teams tab's group. */
async function memberGroup(emulator: RunningEmulator): Promise<RegistryGroup> {
  const registry = await readRegistry(emulator, USER);
  const answer = await graphCall(emulator, USER, '/me/memberOf?$select=id&$top=999');
  const mine = new Set((answer.json as { value: { id: string }[] }).value.map((group) => group.id.toLowerCase()));
  const group = registry.find((entry) => mine.has(entry.groupId));
  if (!group) {
    throw new Error(`${USER} is a member of none of the registry's ${registry.length} groups.`);
  }
  return group;
}

/** Opens the browser's code paths once without latency, so the first measured run compiles nothing. */
async function warmUp(browser: Browser, emulator: RunningEmulator, url: string): Promise<void> {
  const { context, page } = await openFeedPage(browser, emulator, url);
  await openComposer(page, emulator);
  await context.close();
}

/** "Start a post" in `runs` new browser contexts; the last one's page is kept for the sends. */
async function measureOpen(
  browser: Browser,
  emulator: RunningEmulator,
  url: string,
  runs: number
): Promise<{ runs: ComposerOpenRun[]; page: Page; close: () => Promise<void> }> {
  const measured: ComposerOpenRun[] = [];
  for (let run = 0; ; run++) {
    const { context, page } = await openFeedPage(browser, emulator, url);
    measured.push(await openComposer(page, emulator));
    if (run === runs - 1) return { runs: measured, page, close: () => context.close() };
    await context.close();
  }
}

async function measurePosts(page: Page, emulator: RunningEmulator, runs: number, stamp: string): Promise<SendRun[]> {
  const editor = page.getByRole('textbox', { name: 'Message', exact: true });
  const measured: SendRun[] = [];
  for (let run = 1; run <= runs; run++) {
    measured.push(await sendMessage(page, emulator, editor, 'post', `Composer bench ${stamp} post ${run}`));
  }
  return measured;
}

/** Replies under the thread: "Reply" opens the reply composer once, which stays open after each send. */
async function measureReplies(
  page: Page,
  emulator: RunningEmulator,
  thread: Locator,
  runs: number,
  stamp: string
): Promise<SendRun[] | string> {
  const reply = thread.getByRole('button', { name: 'Reply', exact: true });
  try {
    await reply.waitFor({ timeout: 5000 });
  } catch {
    return 'the thread has no "Reply" button';
  }
  await reply.click();
  const editor = thread.getByRole('textbox', { name: 'Reply', exact: true });
  await editor.waitFor({ timeout: 10_000 });
  const measured: SendRun[] = [];
  for (let run = 1; run <= runs; run++) {
    measured.push(await sendMessage(page, emulator, editor, 'reply', `Composer bench ${stamp} reply ${run}`));
  }
  return measured;
}

async function measureReactions(page: Page, emulator: RunningEmulator, thread: Locator): Promise<ReactionRun[]> {
  const runs: ReactionRun[] = [];
  for (const action of ['add', 'remove', 'add', 'remove'] as const) {
    runs.push(await toggleLike(page, emulator, thread, action));
  }
  return runs;
}

/** Uploads in a new browser context each latency (its first upload asks Graph for the channel's folder). */
async function measureUploads(
  browser: Browser,
  emulator: RunningEmulator,
  url: string,
  runs: number,
  megabytes: number,
  stamp: string
): Promise<UploadFigures[]> {
  const figures: UploadFigures[] = [];
  for (const latencyMs of [0, LATENCY_MS]) {
    await emulator.setFaults({ latencyMs });
    const { context, page } = await openFeedPage(browser, emulator, url);
    await openComposer(page, emulator);
    const measured: UploadRun[] = [];
    for (let run = 1; run <= runs; run++) {
      const name = `Composer bench ${stamp} ${latencyMs} ms ${run}.bin`;
      measured.push(await uploadFile(page, emulator, { name, bytes: megabytes * 1024 * 1024 }));
    }
    figures.push(uploadFigures(latencyMs, measured));
    await context.close();
  }
  return figures;
}

/** Runs a part of the bench and says how long it took (the bench is kept under about two minutes). */
async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function measure(
  browser: Browser,
  emulator: RunningEmulator,
  url: string,
  stamp: string
): Promise<ComposerFigures> {
  const runs = option('runs', 5);
  await timed('warm-up', () => warmUp(browser, emulator, url));
  await emulator.setFaults({ latencyMs: LATENCY_MS });
  const open = await timed('"Start a post", cold', () => measureOpen(browser, emulator, url, option('open-runs', 5)));
  const posts = await timed('posts', () => measurePosts(open.page, emulator, runs, stamp));
  const thread = open.page.locator('[role="feed"] article', { hasText: `Composer bench ${stamp} post ${runs}` });
  const replies = await timed('replies', () => measureReplies(open.page, emulator, thread, runs, stamp));
  const reactions = await timed('reactions', () => measureReactions(open.page, emulator, thread));
  await open.close();
  const uploads = await timed('uploads', () =>
    measureUploads(browser, emulator, url, option('upload-runs', 3), option('upload-mb', 20), stamp)
  );
  await emulator.clearFaults();
  return {
    composerOpen: openFigures(open.runs),
    post: sendFigures(posts),
    reply: typeof replies === 'string' ? { notMeasured: replies } : sendFigures(replies),
    reactions,
    uploads
  };
}

async function main(): Promise<void> {
  console.log('Kring bench: composer');
  const loadAtStart = load();
  const started = Date.now();
  // A build of its own: a running `npm start` keeps rebuilding workbench/dist.
  const distDir = mkdtempSync(join(tmpdir(), 'kring-bench-workbench-'));
  const [, template] = await Promise.all([buildWorkbench('production', distDir), ensureTemplateDatabase()]);
  process.env[TEMPLATE_ENV] = template;
  const emulator = await startEmulator();
  const workbench = await startWorkbenchServer({ port: 0, emulatorUrl: emulator.baseUrl, distDir });
  const browser = await launchBrowser();
  console.log(`  build and start-up: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    const group = await memberGroup(emulator);
    console.log(`Teams tab of "${group.title}" as ${USER}; emulated latency ${LATENCY_MS} ms per round trip`);
    // No colons: SharePoint file names cannot have them.
    const stamp = new Date().toISOString().slice(11, 19).replace(/:/g, '');
    const figures = await measure(browser, emulator, feedUrl(workbench.url, USER, [group]), stamp);
    printComposer(figures);
    const findings = composerFindings(figures);
    findings.forEach((finding) => console.log(`Finding: ${finding}`));
    const budgets = composerBudgets(figures, LATENCY_MS);
    printBudgets(budgets);

    const loadAverage = { atStart: loadAtStart, atEnd: load() };
    console.log(
      `Load average (1/5/15 min) at start ${loadAverage.atStart.join('/')}, at end ${loadAverage.atEnd.join('/')}; ran ${Math.round((Date.now() - started) / 1000)} s`
    );
    const dir = join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'composer.json');
    const result = {
      date: new Date().toISOString(),
      emulatedLatencyMs: LATENCY_MS,
      user: USER,
      group: group.title,
      loadAverage,
      ...figures,
      findings,
      budgets
    };
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
