/** The composer bench's figures, table and budgets. */
import type { ComposerOpenRun, ReactionRun, SendRun, UploadRun } from './composerActions';
import { runsText, windowText, type ActionRequests } from './composerRequests';
import type { Budget } from './feedReport';
import { summary, type Summary } from './mergedFeed';

export interface SendFigures {
  runs: SendRun[];
  sendToShownMs: Summary;
  sendToInDocumentMs: Summary;
  /** The most Graph round trips between Ctrl+Enter and the message shown, in any run. */
  mostGraphRoundTripsUntilShown: number;
  /** The most requests of any kind in that window. */
  mostRequestsUntilShown: number;
  /** Channel-message reads from Ctrl+Enter until the page was quiet, all runs together: a re-read of the channel. */
  channelReads: number;
}

export interface ComposerOpenFigures {
  runs: ComposerOpenRun[];
  focusableMs: Summary;
  paintedMs: Summary;
}

export interface UploadFigures {
  latencyMs: number;
  runs: UploadRun[];
  chosenToChipMs: Summary;
  mbPerSecond: Summary;
}

export interface ComposerFigures {
  composerOpen: ComposerOpenFigures;
  post: SendFigures;
  /** Undefined (with the reason) when the feed has no Reply button to start one. */
  reply: SendFigures | { notMeasured: string };
  reactions: ReactionRun[];
  uploads: UploadFigures[];
}

export const SEND_BUDGET_MS = 400;
export const OPEN_BUDGET_MS = 300;

export function sendFigures(runs: SendRun[]): SendFigures {
  return {
    runs,
    sendToShownMs: summary(runs.map((run) => run.sendToShownMs)),
    sendToInDocumentMs: summary(runs.map((run) => run.sendToInDocumentMs)),
    mostGraphRoundTripsUntilShown: Math.max(...runs.map((run) => run.requests.untilShown.graphRoundTrips)),
    mostRequestsUntilShown: Math.max(...runs.map((run) => run.requests.untilShown.total)),
    channelReads: runs.reduce(
      (sum, run) => sum + run.requests.untilShown.channelMessageReads + run.requests.afterShown.channelMessageReads,
      0
    )
  };
}

export function openFigures(runs: ComposerOpenRun[]): ComposerOpenFigures {
  return {
    runs,
    focusableMs: summary(runs.map((run) => run.focusableMs)),
    paintedMs: summary(runs.map((run) => run.paintedMs))
  };
}

export function uploadFigures(latencyMs: number, runs: UploadRun[]): UploadFigures {
  return {
    latencyMs,
    runs,
    chosenToChipMs: summary(runs.map((run) => run.chosenToChipMs)),
    mbPerSecond: summary(runs.map((run) => run.mbPerSecond))
  };
}

function sendBudgets(label: 'post' | 'reply', figures: SendFigures | { notMeasured: string }): Budget[] {
  if ('notMeasured' in figures) {
    const missing = { measured: `not measured: ${figures.notMeasured}`, pass: false, gating: true };
    return [
      { name: `${label}: Graph requests, Send → shown (most in a run)`, target: '≤ 1', ...missing },
      { name: `${label}: Send (Ctrl+Enter) → shown, median`, target: `≤ ${SEND_BUDGET_MS} ms`, ...missing }
    ];
  }
  return [
    {
      name: `${label}: Graph requests, Send → shown (most in a run of ${figures.runs.length})`,
      measured: String(figures.mostGraphRoundTripsUntilShown),
      target: '≤ 1 (the POST)',
      pass: figures.mostGraphRoundTripsUntilShown <= 1,
      gating: true
    },
    {
      name: `${label}: channel re-reads, Send → page quiet (all runs)`,
      measured: String(figures.channelReads),
      target: '0',
      pass: figures.channelReads === 0,
      gating: true
    },
    {
      name: `${label}: Send (Ctrl+Enter) → shown, median of ${figures.runs.length}`,
      measured: `${figures.sendToShownMs.median} ms`,
      target: `≤ ${SEND_BUDGET_MS} ms (one round trip plus render)`,
      pass: figures.sendToShownMs.median <= SEND_BUDGET_MS,
      gating: true
    }
  ];
}

export function composerBudgets(figures: ComposerFigures, latencyMs: number): Budget[] {
  const mostReaction = Math.max(...figures.reactions.map((run) => run.requests.untilShown.graphRoundTrips));
  return [
    ...sendBudgets('post', figures.post),
    ...sendBudgets('reply', figures.reply),
    {
      name: `reaction toggle: Graph requests, click → saved (most of ${figures.reactions.length})`,
      measured: String(mostReaction),
      target: '≤ 1 (setReaction / unsetReaction)',
      pass: mostReaction <= 1,
      gating: true
    },
    {
      name: `"Start a post" (cold) → text field focusable, median of ${figures.composerOpen.runs.length}`,
      measured: `${figures.composerOpen.focusableMs.median} ms`,
      target: `≤ ${OPEN_BUDGET_MS} ms at ${latencyMs} ms latency`,
      pass: figures.composerOpen.focusableMs.median <= OPEN_BUDGET_MS,
      gating: false
    }
  ];
}

/** Columns padded to their widest cell, the last one (the long details) left as it is. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const last = widths.length - 1;
  return rows
    .map((row) => row.map((cell, column) => (column === last ? cell : (cell ?? '').padEnd(widths[column]))).join('  '))
    .join('\n')
    .replace(/ +$/gm, '');
}

const times = (s: Summary): string => `${s.min}/${s.median}/${s.max} ms`;
const values = (list: readonly (number | undefined)[]): string =>
  list.map((value) => (value === undefined ? '–' : String(value))).join(', ');

function sendRows(label: string, figures: SendFigures | { notMeasured: string }): string[][] {
  if ('notMeasured' in figures) {
    return [[`${label}: not measured`, '', figures.notMeasured]];
  }
  return [
    [
      `${label}: Send (Ctrl+Enter) → shown (next frame)`,
      times(figures.sendToShownMs),
      `runs: ${values(figures.runs.map((run) => run.sendToShownMs))} ms`
    ],
    [
      `${label}: Send → text in the document`,
      times(figures.sendToInDocumentMs),
      `runs: ${values(figures.runs.map((run) => run.sendToInDocumentMs))} ms`
    ],
    [
      `${label}: requests, Send → shown`,
      `${figures.mostGraphRoundTripsUntilShown} Graph (most)`,
      runsText(figures.runs.map((run) => run.requests.untilShown))
    ],
    [`${label}: requests after shown, until quiet`, '', runsText(figures.runs.map((run) => run.requests.afterShown))]
  ];
}

export function printComposer(figures: ComposerFigures): void {
  const open = figures.composerOpen;
  const rows: string[][] = [
    ['', 'min/median/max', 'detail'],
    [
      `"Start a post" (cold) → text field focusable, ${open.runs.length} runs`,
      times(open.focusableMs),
      `runs: ${values(open.runs.map((run) => run.focusableMs))} ms; painted ${times(open.paintedMs)}; focused ${values(open.runs.map((run) => run.focusedMs))} ms`
    ],
    ['"Start a post": requests until focusable', '', runsText(open.runs.map((run) => run.requests.untilShown))],
    ['"Start a post": requests after, until quiet', '', runsText(open.runs.map((run) => run.requests.afterShown))],
    ...sendRows('post', figures.post),
    ...sendRows('reply', figures.reply)
  ];
  for (const action of ['add', 'remove'] as const) {
    const runs = figures.reactions.filter((run) => run.action === action);
    if (runs.length === 0) continue;
    rows.push(
      [
        `reaction ${action === 'add' ? 'Like (from the picker)' : 'Like taken back (toggle)'}: click → saved`,
        times(summary(runs.map((run) => run.clickToSavedMs))),
        `runs: ${values(runs.map((run) => run.clickToSavedMs))} ms`
      ],
      [`reaction ${action}: requests, click → saved`, '', runsText(runs.map((run) => run.requests.untilShown))],
      [`reaction ${action}: requests after, until quiet`, '', runsText(runs.map((run) => run.requests.afterShown))]
    );
  }
  for (const upload of figures.uploads) {
    const mb = (upload.runs[0]?.bytes ?? 0) / (1024 * 1024);
    rows.push(
      [
        `upload ${mb} MiB at ${upload.latencyMs} ms latency: MB/s, file chosen → chip`,
        `${upload.mbPerSecond.min}/${upload.mbPerSecond.median}/${upload.mbPerSecond.max} MB/s`,
        `${times(upload.chosenToChipMs)}; runs ${values(upload.runs.map((run) => run.chosenToChipMs))} ms`
      ],
      ...upload.runs.map((run, index) => [
        `  run ${index + 1}: ${run.requests.total} requests, ${run.chunks} chunks`,
        '',
        windowText(run.requests)
      ])
    );
  }
  console.log(table(rows));
}

/**
 * What the figures say beyond the budgets: a send that re-read the channel or asked Graph for more than its POST
 * before it showed, and Graph requests the page made after an action's result was shown (until it was quiet).
 */
export function composerFindings(figures: ComposerFigures): string[] {
  const found: string[] = [];
  const after = (label: string, requests: readonly ActionRequests[]): void => {
    const later = requests.map((each) => each.afterShown);
    if (later.some((window) => window.graphRoundTrips > 0)) {
      found.push(`after the ${label} was shown, the page asked Graph (until quiet): ${runsText(later)}`);
    }
  };
  for (const [label, send] of [
    ['post', figures.post],
    ['reply', figures.reply]
  ] as const) {
    if ('notMeasured' in send) {
      found.push(`${label}s not measured: ${send.notMeasured}`);
      continue;
    }
    const requests = send.runs.map((run) => run.requests);
    if (send.channelReads > 0) {
      const all = requests.flatMap((each) => [each.untilShown, each.afterShown]);
      found.push(`the composer re-read the channel after a ${label} (${send.channelReads} reads): ${runsText(all)}`);
    }
    if (send.mostGraphRoundTripsUntilShown > 1) {
      found.push(
        `a ${label} asked Graph for more than its POST before it showed: ${runsText(requests.map((r) => r.untilShown))}`
      );
    }
    after(label, requests);
  }
  after(
    'reaction',
    figures.reactions.map((run) => run.requests)
  );
  const opening = figures.composerOpen.runs.map((run) => run.requests);
  const asked = opening.flatMap((each) => [each.untilShown, each.afterShown]).filter((w) => w.total > 0);
  if (asked.length > 0) {
    found.push(
      `opening the composer asked the emulator (before or after the text field was focusable): ${runsText(asked)}`
    );
  }
  return found;
}
