/**
 * The photos and presence of everyone a SharePoint page with all three Kring web parts shows: how many Graph
 * requests carry them (one `$batch` per moment at which people appear, never one request per person).
 */
import type { Browser } from 'playwright-core';
import type { LoggedEmulatorRequest, RunningEmulator } from '../test/support/emulator';

export interface PageDecorations {
  /** `$batch` POSTs with photos or presence inside, what they held, and when the emulator received them. */
  batches: { photos: number; presenceRequests: number; at?: string }[];
  /** Moments those POSTs left at: several sent together (Graph takes 20 requests a batch) are one round trip. */
  roundTrips: number;
  /** Photo or presence requests sent on their own, outside a `$batch` (target 0). */
  singleRequests: number;
}

const PHOTO = /\/photos?\/|\/photo\//i;
const PRESENCE = /presence/i;

/** Groups the log's inner requests with the `$batch` that follows them (the emulator lists them first). */
export function decorationsOf(log: readonly LoggedEmulatorRequest[]): PageDecorations {
  const batches: PageDecorations['batches'] = [];
  let inner: LoggedEmulatorRequest[] = [];
  let singleRequests = 0;
  for (const request of log) {
    if (request.batch) {
      inner.push(request);
      continue;
    }
    if (/\/\$batch/.test(request.url)) {
      const photos = inner.filter((entry) => PHOTO.test(entry.url)).length;
      const presenceRequests = inner.filter((entry) => PRESENCE.test(entry.url)).length;
      if (photos + presenceRequests > 0) batches.push({ photos, presenceRequests, at: request.at });
      inner = [];
    } else if (request.url.startsWith('/v1.0/') && (PHOTO.test(request.url) || PRESENCE.test(request.url))) {
      singleRequests++;
    }
  }
  return { batches, roundTrips: roundTripsOf(batches), singleRequests };
}

/** POSTs received within this long of the first of a round are taken as sent together. */
const TOGETHER_MS = 40;

function roundTripsOf(batches: PageDecorations['batches']): number {
  const times = batches.map((batch) => (batch.at ? Date.parse(batch.at) : NaN)).sort((a, b) => a - b);
  let rounds = 0;
  let roundStart = -Infinity;
  for (const time of times) {
    if (Number.isNaN(time) || time - roundStart > TOGETHER_MS) {
      rounds++;
      roundStart = time;
    }
  }
  return rounds;
}

/** Opens the workbench's sample SharePoint page (feed, card, directory) cold and reads the log once it is idle. */
export async function measurePageDecorations(
  browser: Browser,
  emulator: RunningEmulator,
  workbenchUrl: string,
  user: string
): Promise<PageDecorations> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await emulator.clearRequests();
    await page.goto(`${workbenchUrl}/?${new URLSearchParams({ user, host: 'sharepoint' }).toString()}`);
    await page.locator('[role="feed"] article').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    return decorationsOf(await emulator.requests());
  } finally {
    await context.close();
  }
}
