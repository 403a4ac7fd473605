/**
 * What `$expand=replies` costs: the first page of a channel (`$top=10`) with replies expanded against the same
 * page without them, plus what fetching the replies separately would cost (one `…/replies?$top=50` per thread:
 * that is how the feed reads a thread's replies elsewhere). Bytes as sent (the emulator does not compress) and
 * gzipped (what Graph would put on the wire), and channel-message reads, which are what Teams throttles.
 */
import { gzipSync } from 'zlib';
import type { RunningEmulator } from '../test/support/emulator';
import { graphCall, type RegistryGroup } from './feedBenchSetup';

export interface Size {
  bytes: number;
  gzipBytes: number;
}

export interface ChannelRepliesSize {
  group: string;
  threads: number;
  replies: number;
  /** The most replies one thread of the page has. */
  mostReplies: number;
  expanded: Size;
  withoutReplies: Size;
  /** Without replies, then every thread's replies in a request of its own (`$top=50`, as the feed pages them). */
  separately: Size & { reads: number };
  /** Without replies, then every thread's latest three (what a post card shows; the count would be lost). */
  latestThreeSeparately: Size & { reads: number };
}

function size(text: string): Size {
  return { bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
}

function add(a: Size, b: Size): Size {
  return { bytes: a.bytes + b.bytes, gzipBytes: a.gzipBytes + b.gzipBytes };
}

async function page(emulator: RunningEmulator, user: string, path: string): Promise<{ text: string; json: unknown }> {
  const answer = await graphCall(emulator, user, path);
  if (answer.status !== 200) {
    throw new Error(`GET ${path}: ${answer.status} ${answer.text.slice(0, 200)}`);
  }
  return answer;
}

interface MessagePage {
  value: { id: string; replies?: unknown[] }[];
}

/**
 * Measures one channel. The caller switches the emulator's channel-message throttling off for this (a contract
 * measurement of sizes, not of time): with it on, the separate reads alone would take seconds.
 */
export async function measureRepliesSize(
  emulator: RunningEmulator,
  user: string,
  group: RegistryGroup
): Promise<ChannelRepliesSize> {
  const base = `/teams/${group.groupId}/channels/${encodeURIComponent(group.channelId)}/messages`;
  const expanded = await page(emulator, user, `${base}?$top=10&$expand=replies`);
  const without = await page(emulator, user, `${base}?$top=10`);
  const threads = (expanded.json as MessagePage).value;
  let separately = size(without.text);
  let latestThree = size(without.text);
  for (const thread of (without.json as MessagePage).value) {
    const replies = `${base}/${encodeURIComponent(thread.id)}/replies`;
    separately = add(separately, size((await page(emulator, user, `${replies}?$top=50`)).text));
    latestThree = add(latestThree, size((await page(emulator, user, `${replies}?$top=3`)).text));
  }
  const replyCounts = threads.map((thread) => thread.replies?.length ?? 0);
  return {
    group: group.title,
    threads: threads.length,
    replies: replyCounts.reduce((sum, count) => sum + count, 0),
    mostReplies: Math.max(0, ...replyCounts),
    expanded: size(expanded.text),
    withoutReplies: size(without.text),
    separately: { ...separately, reads: 1 + threads.length },
    latestThreeSeparately: { ...latestThree, reads: 1 + threads.length }
  };
}
