import type { FaultSettings } from './emulatorControl';

export const DEFAULT_LATENCY_MS = 800;
export const DEFAULT_FAILURE_RATE = 0.3;
export const DEFAULT_STATUSES: readonly number[] = [429, 503];
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

/**
 * The emulator panel's switches and slider. A switch turned off keeps its value, so turning it on again brings
 * back the latency or failure rate that was set.
 */
export interface FaultChoices {
  latency: boolean;
  latencyMs: number;
  failures: boolean;
  /** Share of requests that fail, 0..1. */
  failureRate: number;
  statuses: readonly number[];
  retryAfterSeconds: number;
}

export const NO_FAULT_CHOICES: FaultChoices = {
  latency: false,
  latencyMs: DEFAULT_LATENCY_MS,
  failures: false,
  failureRate: DEFAULT_FAILURE_RATE,
  statuses: DEFAULT_STATUSES,
  retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS
};

/** The choices that show what the emulator is doing now, whoever set it (this page before a reload, a test). */
export function choicesFromEmulator(settings: FaultSettings): FaultChoices {
  const latencyMs = settings.latencyMs ?? 0;
  const failureRate = settings.failureRate ?? 0;
  const statuses = settings.statuses ?? [];
  const failures = failureRate > 0 && statuses.length > 0;
  return {
    latency: latencyMs > 0,
    latencyMs: latencyMs > 0 ? latencyMs : DEFAULT_LATENCY_MS,
    failures,
    failureRate: failures ? failureRate : DEFAULT_FAILURE_RATE,
    statuses: failures ? statuses : DEFAULT_STATUSES,
    retryAfterSeconds: failures && settings.retryAfterSeconds ? settings.retryAfterSeconds : DEFAULT_RETRY_AFTER_SECONDS
  };
}

/** What to send to `PUT /_emulator/faults`; undefined when every switch is off (`DELETE` then). */
export function emulatorFaultsFrom(choices: FaultChoices): FaultSettings | undefined {
  if (!choices.latency && !choices.failures) {
    return undefined;
  }
  return {
    ...(choices.latency ? { latencyMs: choices.latencyMs } : {}),
    ...(choices.failures
      ? {
          failureRate: choices.failureRate,
          statuses: [...choices.statuses],
          retryAfterSeconds: choices.retryAfterSeconds
        }
      : {})
  };
}

/** A slider's whole percentage as the emulator's 0..1 rate. */
export function rateFromPercent(percent: number): number {
  return Math.min(100, Math.max(1, Math.round(percent))) / 100;
}

export function percentFromRate(rate: number): number {
  return Math.round(rate * 100);
}
