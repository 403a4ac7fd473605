import type { GraphFI } from '@pnp/graph';
import '@pnp/graph/batching';
import { failed, ok, type Result } from '../Result';
import { isRetryable } from '../ServiceError';
import { toServiceError } from '../toServiceError';

/** One call to put in a Graph `$batch`, built on the batched client it is given. */
export type BatchCall<T> = (batchedGraph: GraphFI) => Promise<T>;

export interface RetryPolicy {
  /** Batch rounds in total, the first one included. */
  maxAttempts: number;
  /** Retry-After is honoured up to this many seconds; a longer wait fails the call instead. */
  maxWaitSeconds: number;
  /** Wait when a retryable answer carries no Retry-After. */
  defaultWaitSeconds: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 3,
  maxWaitSeconds: 10,
  defaultWaitSeconds: 1,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

async function runOnce<K extends string>(
  graph: GraphFI,
  calls: Map<K, BatchCall<unknown>>
): Promise<Map<K, Result<unknown>>> {
  const [batched, execute] = graph.batched();
  const pending = [...calls].map(([key, call]) => {
    const settled = call(batched).then(
      (value) => ok<unknown>(value),
      async (error: unknown) => failed<unknown>(await toServiceError(error))
    );
    return { key, settled };
  });
  try {
    await execute();
  } catch (error) {
    // The `$batch` POST itself failed (PnPjs has already retried it): every call fails the same way.
    const failure = await toServiceError(error);
    return new Map(pending.map(({ key }) => [key, failed<unknown>(failure)]));
  }
  const results = new Map<K, Result<unknown>>();
  for (const { key, settled } of pending) {
    results.set(key, await settled);
  }
  return results;
}

/** Graph takes at most 20 requests in one `$batch`. */
export const MAX_BATCH_REQUESTS = 20;

function chunksOf<K extends string>(calls: Map<K, BatchCall<unknown>>): Map<K, BatchCall<unknown>>[] {
  const entries = [...calls];
  const chunks: Map<K, BatchCall<unknown>>[] = [];
  for (let start = 0; start < entries.length; start += MAX_BATCH_REQUESTS) {
    chunks.push(new Map(entries.slice(start, start + MAX_BATCH_REQUESTS)));
  }
  return chunks;
}

/**
 * Sends the calls as one Graph `$batch`; above 20 calls, as several sent at the same time (PnPjs would send its
 * pieces one after another, a round trip each). A 429/503/504 inside a batch rejects only that call and PnPjs does
 * not retry it, so retryable failures are sent again, together, after the longest `Retry-After` among them; every
 * other call keeps its first answer.
 */
export async function runBatch<K extends string>(
  graph: GraphFI,
  calls: Map<K, BatchCall<unknown>>,
  retry: RetryPolicy = DEFAULT_RETRY
): Promise<Map<K, Result<unknown>>> {
  if (calls.size > MAX_BATCH_REQUESTS) {
    const answers = await Promise.all(chunksOf(calls).map((chunk) => runBatch(graph, chunk, retry)));
    return new Map(answers.flatMap((answer) => [...answer]));
  }
  const results = new Map<K, Result<unknown>>();
  let remaining = calls;
  for (let attempt = 1; remaining.size > 0; attempt++) {
    const answers = await runOnce(graph, remaining);
    const again = new Map<K, BatchCall<unknown>>();
    let waitSeconds = 0;
    for (const [key, answer] of answers) {
      results.set(key, answer);
      if (!answer.ok && isRetryable(answer.error) && attempt < retry.maxAttempts) {
        const wait = answer.error.retryAfterSeconds ?? retry.defaultWaitSeconds;
        if (wait <= retry.maxWaitSeconds) {
          again.set(key, calls.get(key) as BatchCall<unknown>);
          waitSeconds = Math.max(waitSeconds, wait);
        }
      }
    }
    if (again.size > 0) {
      await retry.sleep(waitSeconds * 1000);
    }
    remaining = again;
  }
  return results;
}
