/**
 * What one composer action asked of the emulator, from its request log (cleared just before the action): the
 * requests received until the action's result was shown, and those after it until the page was quiet, each listed
 * by method and path pattern (ids left out), `$batch` POSTs with what they carried.
 */
import type { LoggedEmulatorRequest } from '../test/support/emulator';
import { isChannelMessageRead } from './feedRequests';

export interface RequestWindow {
  /** Every round trip to the emulator (a `$batch` once, whatever it carries). */
  total: number;
  graphRoundTrips: number;
  sharePointRequests: number;
  /** Channel-message GETs, inner `$batch` requests one by one: a read of the channel or thread. */
  channelMessageReads: number;
  /** Each kind of request (`METHOD pattern`, a `$batch` with what it carried) and how often, in order of arrival. */
  patterns: RequestPattern[];
}

export interface RequestPattern {
  request: string;
  count: number;
}

export interface ActionRequests {
  /** From the action to its result shown. */
  untilShown: RequestWindow;
  /** After the result was shown, until the emulator had logged nothing new for a while. */
  afterShown: RequestWindow;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A path without its ids: `/v1.0/teams/{id}/channels/{channel}/messages/{message}/replies`. */
export function pathPattern(url: string): string {
  const path = decodeURIComponent(url.split('?')[0]);
  return path
    .replace(/19:[^/']+@thread\.[a-z0-9]+/gi, '{channel}')
    .replace(/\(decodedurl='[^']*'\)/gi, '(…)')
    .replace(/\(uploadId=[^)]*\)/gi, '(…)')
    .replace(GUID, '{id}')
    .replace(/\/messages\/\d+/g, '/messages/{message}');
}

function counted(lines: readonly string[]): RequestPattern[] {
  const counts = new Map<string, number>();
  lines.forEach((line) => counts.set(line, (counts.get(line) ?? 0) + 1));
  return [...counts].map(([request, count]) => ({ request, count }));
}

export const patternText = (pattern: RequestPattern): string => `${pattern.count} ${pattern.request}`;

function describe(request: LoggedEmulatorRequest, inner: readonly LoggedEmulatorRequest[]): string {
  const line = `${request.method} ${pathPattern(request.url)}`;
  if (inner.length === 0) return line;
  const carried = counted(inner.map((each) => `${each.method} ${pathPattern(each.url)}`));
  return `${line} [${carried.map(patternText).join(', ')}]`;
}

/** A round trip and, for a `$batch`, the requests it carried. */
interface RoundTrip {
  request: LoggedEmulatorRequest;
  inner: LoggedEmulatorRequest[];
}

const isBatch = (request: LoggedEmulatorRequest): boolean => request.url.startsWith('/v1.0/$batch');

/**
 * The log as round trips. It holds a `$batch`'s inner requests before the batch itself (each is logged when
 * answered); they are given to the batch that follows them.
 */
function roundTrips(requests: readonly LoggedEmulatorRequest[]): RoundTrip[] {
  const trips: RoundTrip[] = [];
  let inner: LoggedEmulatorRequest[] = [];
  for (const request of requests) {
    if (request.batch) {
      inner.push(request);
    } else if (isBatch(request)) {
      trips.push({ request, inner });
      inner = [];
    } else {
      trips.push({ request, inner: [] });
    }
  }
  return trips;
}

function windowOf(trips: readonly RoundTrip[]): RequestWindow {
  const outer = trips.map((trip) => trip.request);
  const all = trips.flatMap((trip) => [trip.request, ...trip.inner]);
  return {
    total: outer.length,
    graphRoundTrips: outer.filter((request) => request.url.startsWith('/v1.0/')).length,
    sharePointRequests: outer.filter((request) => request.url.startsWith('/sites/')).length,
    channelMessageReads: all.filter(isChannelMessageRead).length,
    patterns: counted(trips.map((trip) => describe(trip.request, trip.inner)))
  };
}

/** The requests of a whole log. */
export function requestWindow(requests: readonly LoggedEmulatorRequest[]): RequestWindow {
  return windowOf(roundTrips(requests));
}

/** Splits the log at the result's time (`at`: when the emulator received a round trip). */
export function splitAtResult(requests: readonly LoggedEmulatorRequest[], shownEpochMs: number): ActionRequests {
  const trips = roundTrips(requests);
  const before = (trip: RoundTrip): boolean => Date.parse(trip.request.at ?? '') <= shownEpochMs;
  return {
    untilShown: windowOf(trips.filter(before)),
    afterShown: windowOf(trips.filter((trip) => !before(trip)))
  };
}

/** One line: `1 Graph round trip (1 POST /v1.0/…), 0 SharePoint, 0 channel reads`. */
export function windowText(window: RequestWindow): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const listed = window.patterns.length > 0 ? `: ${window.patterns.map(patternText).join('; ')}` : '';
  return `${plural(window.graphRoundTrips, 'Graph round trip')}, ${window.sharePointRequests} SharePoint, ${plural(window.channelMessageReads, 'channel read')}${listed}`;
}

/**
 * Several runs of one action in a line: the Graph round trips of each run, SharePoint and channel reads, and every
 * kind of request with the runs it came in, e.g. `Graph 1, 1, 1; … 1 POST /v1.0/…/messages (5 of 5 runs)`.
 */
export function runsText(windows: readonly RequestWindow[]): string {
  const each = (pick: (window: RequestWindow) => number): string => windows.map(pick).join(', ');
  const seen = new Map<string, number>();
  windows.forEach((window) =>
    window.patterns.forEach((pattern) => {
      const key = patternText(pattern);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    })
  );
  const kinds = [...seen].map(([key, runs]) => `${key} (${runs} of ${windows.length} runs)`);
  const reads = windows.reduce((sum, window) => sum + window.channelMessageReads, 0);
  return `Graph ${each((w) => w.graphRoundTrips)}; SharePoint ${each((w) => w.sharePointRequests)}; channel reads ${reads}${kinds.length > 0 ? `: ${kinds.join('; ')}` : ''}`;
}
