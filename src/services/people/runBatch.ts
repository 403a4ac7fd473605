import type { GraphFI } from '@pnp/graph';
import '@pnp/graph/batching';
import type { ServiceError } from '../ServiceError';
import { toServiceError } from '../toServiceError';

/** One call to put in a Graph `$batch`, built on the batched client it is given. */
export type BatchCall<T> = (batchedGraph: GraphFI) => Promise<T>;

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

export interface RetryPolicy {
  /** Batch rounds in total, the first one included. */
  maxAttempts: number;
  /** Retry-After is honoured up to this many seconds; a longer wait degrades the section instead. */
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

function isRetryable(error: ServiceError): boolean {
  return error.status === 429 || error.status === 503 || error.status === 504;
}

async function runOnce<K extends string>(graph: GraphFI, calls: Map<K, BatchCall<unknown>>): Promise<Map<K, Outcome<unknown>>> {
  const [batched, execute] = graph.batched();
  const pending = [...calls].map(([key, call]) => {
    const settled = call(batched).then(
      (value): Outcome<unknown> => ({ ok: true, value }),
      async (error: unknown): Promise<Outcome<unknown>> => ({ ok: false, error: await toServiceError(error) })
    );
    return { key, settled };
  });
  try {
    await execute();
  } catch (error) {
    // The `$batch` POST itself failed (PnPjs has already retried it): every call fails the same way.
    const failure = await toServiceError(error);
    return new Map(pending.map(({ key }) => [key, { ok: false, error: failure }]));
  }
  const outcomes = new Map<K, Outcome<unknown>>();
  for (const { key, settled } of pending) {
    outcomes.set(key, await settled);
  }
  return outcomes;
}

/**
 * Sends the calls as one Graph `$batch` (PnPjs splits it above 20). A 429/503/504 inside a batch rejects only
 * that call and PnPjs does not retry it, so retryable failures are sent again, together, after the longest
 * `Retry-After` among them; every other call keeps its first answer.
 */
export async function runBatch<K extends string>(
  graph: GraphFI,
  calls: Map<K, BatchCall<unknown>>,
  retry: RetryPolicy = DEFAULT_RETRY
): Promise<Map<K, Outcome<unknown>>> {
  const results = new Map<K, Outcome<unknown>>();
  let remaining = calls;
  for (let attempt = 1; remaining.size > 0; attempt++) {
    const outcomes = await runOnce(graph, remaining);
    const again = new Map<K, BatchCall<unknown>>();
    let waitSeconds = 0;
    for (const [key, outcome] of outcomes) {
      results.set(key, outcome);
      if (!outcome.ok && isRetryable(outcome.error) && attempt < retry.maxAttempts) {
        const wait = outcome.error.retryAfterSeconds ?? retry.defaultWaitSeconds;
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
