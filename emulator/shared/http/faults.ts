import { badRequest } from './errors';

/** Switchable trouble for Graph and SharePoint calls (`PUT /_emulator/faults`). */
export interface FaultSettings {
  latencyMs: number;
  /** Share of requests (0..1) that fail with one of `statuses`. */
  failureRate: number;
  /** Statuses to fail with, picked in turn; 0 drops the connection without an answer. */
  statuses: number[];
  retryAfterSeconds: number;
  /** When set, only the next `count` requests are affected; then faults switch themselves off. */
  count?: number;
  /**
   * A drop (status 0) comes after the request was handled rather than before: a write is stored and its answer
   * lost, as when a connection breaks while the service answers.
   */
  afterStore?: boolean;
}

export const NO_FAULTS: FaultSettings = { latencyMs: 0, failureRate: 0, statuses: [], retryAfterSeconds: 0 };

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'fail'; status: number; retryAfterSeconds: number }
  | { kind: 'drop' }
  | { kind: 'dropAfterHandling' };

function numberIn(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === null) {
    return fallback;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw badRequest(`'${name}' must be a number between ${min} and ${max}.`);
  }
  return value;
}

/** Validates a faults body; unknown fields are refused so typos do not silently do nothing. */
export function parseFaultSettings(body: unknown): FaultSettings {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Expected a JSON object with latencyMs, failureRate, statuses and retryAfterSeconds.');
  }
  const input = body as Record<string, unknown>;
  const known = new Set(['latencyMs', 'failureRate', 'statuses', 'retryAfterSeconds', 'count', 'afterStore']);
  const unknown = Object.keys(input).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw badRequest(`Unknown fault setting(s): ${unknown.join(', ')}.`);
  }
  const statuses = input.statuses ?? [];
  if (!Array.isArray(statuses) || statuses.some((s) => typeof s !== 'number' || !(s === 0 || (s >= 400 && s <= 599)))) {
    throw badRequest("'statuses' must be an array of HTTP error statuses (400-599), or 0 to drop the connection.");
  }
  const failureRate = numberIn(input.failureRate, 'failureRate', 0, 1, statuses.length > 0 ? 1 : 0);
  if (failureRate > 0 && statuses.length === 0) {
    throw badRequest("'failureRate' needs at least one status in 'statuses'.");
  }
  const count = input.count === undefined ? undefined : numberIn(input.count, 'count', 1, 1_000_000, 1);
  if (input.afterStore !== undefined && typeof input.afterStore !== 'boolean') {
    throw badRequest("'afterStore' must be true or false.");
  }
  if (input.afterStore === true && !(statuses as number[]).includes(0)) {
    throw badRequest("'afterStore' needs the status 0 (a dropped connection) in 'statuses'.");
  }
  return {
    latencyMs: numberIn(input.latencyMs, 'latencyMs', 0, 120_000, 0),
    failureRate,
    statuses: statuses as number[],
    retryAfterSeconds: numberIn(input.retryAfterSeconds, 'retryAfterSeconds', 0, 3600, 0),
    ...(count === undefined ? {} : { count: Math.floor(count) }),
    ...(input.afterStore === true ? { afterStore: true } : {})
  };
}

function decisionFor(status: number, settings: FaultSettings): FaultDecision {
  if (status !== 0) {
    return { kind: 'fail', status, retryAfterSeconds: settings.retryAfterSeconds };
  }
  return settings.afterStore === true ? { kind: 'dropAfterHandling' } : { kind: 'drop' };
}

export class FaultInjector {
  private settings: FaultSettings = NO_FAULTS;
  private nextStatus = 0;

  public get current(): FaultSettings {
    return this.settings;
  }

  public set(settings: FaultSettings): void {
    this.settings = settings;
    this.nextStatus = 0;
  }

  public clear(): void {
    this.set(NO_FAULTS);
  }

  /** Decides what happens to one request and uses up one of `count`. */
  public decide(): { latencyMs: number; decision: FaultDecision } {
    const settings = this.settings;
    if (settings === NO_FAULTS) {
      return { latencyMs: 0, decision: { kind: 'none' } };
    }
    if (settings.count !== undefined) {
      const remaining = settings.count - 1;
      this.settings = remaining > 0 ? { ...settings, count: remaining } : NO_FAULTS;
    }
    if (settings.failureRate <= 0 || Math.random() >= settings.failureRate) {
      return { latencyMs: settings.latencyMs, decision: { kind: 'none' } };
    }
    const status = settings.statuses[this.nextStatus++ % settings.statuses.length];
    return {
      latencyMs: settings.latencyMs,
      decision: decisionFor(status, settings)
    };
  }
}
