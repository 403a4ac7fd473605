import type { RunningEmulator } from '../test/support/emulator';

/** Waits until the emulator has logged nothing new for `quietMs` (a throttled batch retries after a second). */
export async function waitForQuiet(
  emulator: RunningEmulator,
  quietMs: number,
  timeoutMs = 20_000,
  pollMs = 250
): Promise<void> {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - started < timeoutMs) {
    const count = (await emulator.requests()).length;
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
