/** The interest-group feed bench's table and budgets. */
import { TENANT_READS_PER_SECOND, type MergedFeedFigures, type Summary } from './mergedFeed';
import type { ChannelRepliesSize } from './repliesSize';
import type { ScrollFigures } from './feedScroll';

export interface Budget {
  name: string;
  measured: string;
  target: string;
  pass: boolean;
  /** Only fair budgets fail the bench; the others are printed as figures to watch. */
  gating: boolean;
}

export function feedBudgets(
  merged: readonly MergedFeedFigures[],
  scroll: ScrollFigures | undefined,
  latencyMs: number
): Budget[] {
  const budgets: Budget[] = [];
  for (const figures of merged) {
    const label = `${figures.groups} group${figures.groups === 1 ? '' : 's'}`;
    budgets.push(
      {
        name: `${label}: cold Graph round trips of the feed before content (most in a run)`,
        measured: String(figures.mostColdGraphRoundTripsBeforeContent),
        target: '≤ 2 (memberships, then one $batch)',
        pass: figures.mostColdGraphRoundTripsBeforeContent <= 2,
        gating: true
      },
      {
        name: `${label}: cold round trips one after another before content (most in a run)`,
        measured: String(figures.mostColdSequentialRoundTrips),
        target: '≤ 3 (home site, registry ∥ memberships, batch)',
        pass: figures.mostColdSequentialRoundTrips <= 3,
        gating: true
      },
      {
        name: `${label}: new session round trips one after another before content`,
        measured: String(figures.newSession.sequentialRoundTrips),
        target: '≤ 2 (registry ∥ memberships, then the batch)',
        pass: figures.newSession.sequentialRoundTrips <= 2,
        gating: true
      },
      {
        name: `${label}: cold mount → content (median)`,
        measured: `${figures.coldMountToContentMs.median} ms`,
        target: `≤ ${2.5 * latencyMs} ms (2.5 round trips)`,
        pass: figures.coldMountToContentMs.median <= 2.5 * latencyMs,
        gating: false
      },
      {
        name: `${label}: new session (local storage kept) mount → content`,
        measured: `${figures.newSession.mountToContentMs} ms`,
        target: `≤ ${2.5 * latencyMs} ms (2.5 round trips)`,
        pass: figures.newSession.mountToContentMs <= 2.5 * latencyMs,
        gating: false
      },
      {
        name: `${label}: warm mount → content`,
        measured: `${figures.warm.mountToContentMs} ms`,
        target: `≤ ${1.5 * latencyMs} ms`,
        pass: figures.warm.mountToContentMs <= 1.5 * latencyMs,
        gating: true
      }
    );
  }
  if (scroll) {
    budgets.push({
      name: `scrolling ${scroll.posts} posts: longest frame`,
      measured: `${scroll.scrolling.maxMs} ms`,
      target: '≤ 50 ms',
      pass: scroll.scrolling.maxMs <= 50,
      gating: false
    });
  }
  return budgets;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')).join('\n');
}

const ceiling = (value: number | null): string => (value === null ? 'unbounded (no reads)' : `${value}/s`);

export function printMerged(merged: readonly MergedFeedFigures[], coldRuns: number): void {
  const rows = [['', ...merged.map((figures) => `${figures.groups} group(s)`)]];
  const row = (name: string, cell: (figures: MergedFeedFigures) => string): void => {
    rows.push([name, ...merged.map(cell)]);
  };
  const times = (s: Summary): string => `${s.min}/${s.median}/${s.max} ms`;
  row(
    'cold: feed Graph round trips before content',
    (f) => `${f.cold.feed.beforeContent.graphRoundTrips} (most ${f.mostColdGraphRoundTripsBeforeContent})`
  );
  row('cold: feed SharePoint requests before content', (f) => String(f.cold.feed.beforeContent.sharePointRequests));
  row(
    'cold: round trips one after another before content',
    (f) => `${f.cold.sequentialRoundTrips} (most ${f.mostColdSequentialRoundTrips})`
  );
  row(
    'cold: feed Graph round trips / SharePoint in total',
    (f) => `${f.cold.feed.total.graphRoundTrips} / ${f.cold.feed.total.sharePointRequests}`
  );
  row('cold: requests inside $batch in total', (f) => String(f.cold.feed.total.graphBatchedRequests));
  row(
    'cold: page Graph round trips / SharePoint in total',
    (f) => `${f.cold.page.total.graphRoundTrips} / ${f.cold.page.total.sharePointRequests}`
  );
  row(`cold: mount → content, ${coldRuns} runs (min/median/max)`, (f) => times(f.coldMountToContentMs));
  row('cold: web part render → content (last run)', (f) => `${f.cold.webPartToContentMs} ms`);
  row('cold: mount → first article painted (min/median/max)', (f) => times(f.coldMountToFirstArticlePaintMs));
  row('cold: navigation → content (last run)', (f) => `${f.cold.navigationToContentMs} ms`);
  row('cold: articles in the DOM at content', (f) => String(f.cold.articlesInDom));
  row('cold: channel-message reads before content', (f) => String(f.cold.feed.beforeContent.channelMessageReads));
  row(
    'cold: channel-message reads per open (429s)',
    (f) => `${f.cold.feed.total.channelMessageReads} (${f.cold.feed.total.channelMessageReadsThrottled})`
  );
  row(`cold: tenant ceiling, opens/s (${TENANT_READS_PER_SECOND} reads/s)`, (f) =>
    ceiling(f.tenantCeilingOpensPerSecond.cold)
  );
  row(
    'warm: feed Graph round trips / SharePoint in total',
    (f) => `${f.warm.feed.total.graphRoundTrips} / ${f.warm.feed.total.sharePointRequests}`
  );
  row('warm: mount → content', (f) => `${f.warm.mountToContentMs} ms`);
  row('warm: web part render → content', (f) => `${f.warm.webPartToContentMs} ms`);
  row(
    'warm: channel-message reads per open (429s)',
    (f) => `${f.warm.feed.total.channelMessageReads} (${f.warm.feed.total.channelMessageReadsThrottled})`
  );
  row('warm: tenant ceiling, opens/s', (f) => ceiling(f.tenantCeilingOpensPerSecond.warm));
  row('new session: round trips one after another before content', (f) => String(f.newSession.sequentialRoundTrips));
  row('new session: mount → content', (f) => `${f.newSession.mountToContentMs} ms`);
  row('new session: web part render → content', (f) => `${f.newSession.webPartToContentMs} ms`);
  row('new session: channel-message reads per open', (f) => String(f.newSession.feed.total.channelMessageReads));
  console.log(table(rows));
  const first = merged[0];
  if (first) {
    const ownRequests = new Set(first.cold.feed.total.graphUrls);
    const hostOnly = first.cold.page.total.graphUrls.filter((url) => !ownRequests.has(url));
    console.log(`  before the feed mounts, the workbench's Teams host asks Graph: ${hostOnly.join(', ') || 'nothing'}`);
  }
  for (const figures of merged) {
    console.log(
      `  ${figures.groups} group(s) cold, the feed's Graph round trips: ${figures.cold.feed.total.graphUrls.join(', ')}`
    );
    console.log(
      `      between the web part's render and content: ${figures.cold.timeline.map((t) => `${t.request} +${t.startMs} ms for ${t.durationMs} ms`).join('; ')}`
    );
  }
}

export function printReplies(replies: ChannelRepliesSize, all: readonly ChannelRepliesSize[]): void {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const line = (size: ChannelRepliesSize): string =>
    `$expand=replies ${kb(size.expanded.bytes)} (gz ${kb(size.expanded.gzipBytes)}), without ${kb(size.withoutReplies.bytes)} (gz ${kb(size.withoutReplies.gzipBytes)}), without + replies per thread ($top=50) ${kb(size.separately.bytes)} (gz ${kb(size.separately.gzipBytes)}), without + latest 3 replies per thread ${kb(size.latestThreeSeparately.bytes)} (gz ${kb(size.latestThreeSeparately.gzipBytes)}), each in ${size.separately.reads} reads instead of 1`;
  console.log(
    `First page ($top=10) of "${replies.group}": ${replies.threads} threads, ${replies.replies} replies (most ${replies.mostReplies} in one): ${line(replies)}`
  );
  const sum = (pick: (size: ChannelRepliesSize) => number): number =>
    all.reduce((total, size) => total + pick(size), 0);
  const largest = [...all].sort((a, b) => b.expanded.bytes - a.expanded.bytes)[0];
  console.log(
    `All ${all.length} channels: $expand=replies ${kb(sum((s) => s.expanded.bytes))} (gz ${kb(sum((s) => s.expanded.gzipBytes))}) in ${all.length} reads; without ${kb(sum((s) => s.withoutReplies.bytes))}; separately ${kb(sum((s) => s.separately.bytes))} (gz ${kb(sum((s) => s.separately.gzipBytes))}) in ${sum((s) => s.separately.reads)} reads; latest 3 separately ${kb(sum((s) => s.latestThreeSeparately.bytes))} (gz ${kb(sum((s) => s.latestThreeSeparately.gzipBytes))}). Largest: "${largest.group}" ${kb(largest.expanded.bytes)} with ${largest.replies} replies (most ${largest.mostReplies} in one thread)`
  );
}

export function printScroll(scroll: ScrollFigures): void {
  const s = scroll.scrolling;
  console.log(
    `Scroll: ${scroll.posts} posts from ${scroll.channels} channels (${scroll.pagesServed} pages served), loaded in ${scroll.loadMs} ms; loading frames: ${scroll.loading.frames}, max ${scroll.loading.maxMs} ms, p95 ${scroll.loading.p95Ms} ms, ${scroll.loading.over50Ms} over 50 ms`
  );
  console.log(
    `  top → bottom, ${s.stepPx} px a frame (${s.distancePx} px in ${s.durationMs} ms, ${s.pxPerSecond} px/s): ${s.frames} frames, max ${s.maxMs} ms, p95 ${s.p95Ms} ms, mean ${s.meanMs} ms, ${s.over50Ms} over 50 ms; long tasks ${s.longTasks} (longest ${s.longestTaskMs} ms); most articles in the DOM ${scroll.mostArticlesInDom}${s.reachedEnd ? '' : ' (stopped before the end)'}`
  );
  console.log(
    `  longest frames: ${s.longestFrames.map((frame) => `${frame.ms} ms at post ${frame.post} (${frame.scrollTop} px)`).join(', ')}`
  );
}

export function printBudgets(budgets: readonly Budget[]): void {
  const rows = [
    ['Budget', 'Measured', 'Target', 'Result'],
    ...budgets.map((b) => [
      b.name,
      b.measured,
      b.target,
      `${b.pass ? 'pass' : 'MISS'}${b.gating ? '' : ' (not gating)'}`
    ])
  ];
  console.log(table(rows));
}
