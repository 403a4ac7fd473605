/** Counts what the emulator's request log says a feed asked for. */
import type { LoggedEmulatorRequest } from '../test/support/emulator';

export interface FeedRequestCounts {
  /** Round trips to Graph: a `$batch` POST counts once, whatever it carries. */
  graphRoundTrips: number;
  /** Requests carried inside `$batch` POSTs. */
  graphBatchedRequests: number;
  sharePointRequests: number;
  /** Channel-message GETs (`/teams/…/channels/…/messages…`), inner `$batch` requests one by one, that were answered. */
  channelMessageReads: number;
  /** Channel-message GETs refused with 429 (they use no budget, but cost a retry). */
  channelMessageReadsThrottled: number;
  /** The Graph round trips, method and path. */
  graphUrls: string[];
}

const CHANNEL_MESSAGES = /^\/v1\.0\/teams\/[^/]+\/channels\/[^/]+\/messages/;

export function isChannelMessageRead(request: LoggedEmulatorRequest): boolean {
  return request.method === 'GET' && CHANNEL_MESSAGES.test(request.url);
}

export function countRequests(requests: readonly LoggedEmulatorRequest[]): FeedRequestCounts {
  const graph = requests.filter((r) => r.url.startsWith('/v1.0/') && !r.batch);
  const reads = requests.filter(isChannelMessageRead);
  return {
    graphRoundTrips: graph.length,
    graphBatchedRequests: requests.filter((r) => r.batch).length,
    sharePointRequests: requests.filter((r) => r.url.startsWith('/sites/') && !r.batch).length,
    channelMessageReads: reads.filter((r) => r.status !== 429).length,
    channelMessageReadsThrottled: reads.filter((r) => r.status === 429).length,
    graphUrls: graph.map((r) => `${r.method} ${decodeURIComponent(r.url).split('?')[0]}`)
  };
}
