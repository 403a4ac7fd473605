import type { RequestLogEntry, RequestLogQuery } from '../../workbench/src/emulatorControl';
import { EmulatorControl } from '../../workbench/src/emulatorControl';
import {
  choicesFromEmulator,
  emulatorFaultsFrom,
  NO_FAULT_CHOICES,
  percentFromRate,
  rateFromPercent
} from '../../workbench/src/faultChoices';
import { entriesAfter, PageRequestLog, type RequestLogSource } from '../../workbench/src/pageRequestLog';
import { emulatorUrl } from '../support/browser';

const get = (url: string, extra: Partial<RequestLogEntry> = {}): RequestLogEntry => ({
  method: 'GET',
  url,
  status: 200,
  ...extra
});

/** An emulator that numbers its log and answers `?since=&order=desc`, as the request log's newer API does. */
function numberingEmulator(): RequestLogSource & {
  log: RequestLogEntry[];
  add: (url: string) => void;
  asked: RequestLogQuery[];
} {
  const log: RequestLogEntry[] = [];
  const asked: RequestLogQuery[] = [];
  return {
    log,
    asked,
    add: (url) =>
      log.push(get(url, { seq: log.length + 1, at: new Date(2026, 10, 22, 9, 0, log.length).toISOString() })),
    requests: async (query = {}) => {
      asked.push(query);
      const after = log.filter((entry) => (entry.seq ?? 0) > (query.since ?? 0));
      return query.order === 'desc' ? after.reverse() : after;
    }
  };
}

/** An emulator from before the numbered log: the whole log, oldest first, whatever is asked. */
function olderEmulator(): RequestLogSource & { log: RequestLogEntry[] } {
  const log: RequestLogEntry[] = [];
  return { log, requests: async () => [...log] };
}

describe('the request log of one workbench page', () => {
  it('leaves out what earlier pages requested and lists the newest first, from a numbering emulator', async () => {
    const emulator = numberingEmulator();
    ['/earlier/1', '/earlier/2'].forEach(emulator.add);
    const page = new PageRequestLog(emulator);
    await page.started();
    ['/v1.0/me', '/v1.0/$batch'].forEach(emulator.add);
    expect((await page.entries()).map((entry) => entry.url)).toEqual(['/v1.0/$batch', '/v1.0/me']);
    expect(emulator.asked.at(-1)).toEqual({ since: 2, order: 'desc' });

    await page.restart();
    emulator.add('/v1.0/users');
    expect((await page.entries()).map((entry) => entry.url)).toEqual(['/v1.0/users']);
    expect(emulator.asked.at(-1)).toEqual({ since: 4, order: 'desc' });
  });

  it('remembers the log length at page load and reverses on the client for an older emulator', async () => {
    const emulator = olderEmulator();
    emulator.log.push(get('/earlier/1'), get('/earlier/2'));
    const page = new PageRequestLog(emulator);
    await page.started();
    emulator.log.push(get('/v1.0/me'), get('/v1.0/$batch'));
    expect((await page.entries()).map((entry) => entry.url)).toEqual(['/v1.0/$batch', '/v1.0/me']);

    // Someone cleared the emulator's log: all of what is left came after the mark.
    emulator.log.splice(0, emulator.log.length, get('/v1.0/users'));
    expect((await page.entries()).map((entry) => entry.url)).toEqual(['/v1.0/users']);
  });

  it('keeps to the mark and the order even when a numbering emulator ignores them', () => {
    const entries = [1, 2, 3, 4].map((seq) => get(`/${seq}`, { seq }));
    expect(entriesAfter(entries, { kind: 'seq', seq: 2 }).map((entry) => entry.seq)).toEqual([4, 3]);
    expect(entriesAfter(entries, { kind: 'length', length: 0 }).map((entry) => entry.seq)).toEqual([4, 3, 2, 1]);
  });

  it('works against the emulator of this test run', async () => {
    const control = new EmulatorControl(emulatorUrl());
    const token = await control.token();
    const me = (): Promise<Response> =>
      fetch(`${control.graphUrl}/me?$select=id`, { headers: { Authorization: `Bearer ${token.accessToken}` } });
    await me();
    const page = new PageRequestLog(control);
    await page.started();
    await me();
    await fetch(`${control.graphUrl}/me?$select=displayName`, {
      headers: { Authorization: `Bearer ${token.accessToken}` }
    });
    const urls = (await page.entries()).map((entry) => entry.url);
    expect(urls.filter((url) => url.includes('/me?'))).toEqual(['/v1.0/me?$select=displayName', '/v1.0/me?$select=id']);
  });
});

describe("the emulator panel's fault choices", () => {
  it('show what the emulator is doing, whoever switched it on', () => {
    expect(choicesFromEmulator({ latencyMs: 0, failureRate: 0, statuses: [], retryAfterSeconds: 0 })).toEqual(
      NO_FAULT_CHOICES
    );
    expect(choicesFromEmulator({ latencyMs: 250, failureRate: 1, statuses: [503], retryAfterSeconds: 2 })).toEqual({
      latency: true,
      latencyMs: 250,
      failures: true,
      failureRate: 1,
      statuses: [503],
      retryAfterSeconds: 2
    });
  });

  it("become the emulator's settings, all off as no settings at all", () => {
    expect(emulatorFaultsFrom(NO_FAULT_CHOICES)).toBeUndefined();
    expect(emulatorFaultsFrom({ ...NO_FAULT_CHOICES, latency: true })).toEqual({ latencyMs: 800 });
    expect(emulatorFaultsFrom({ ...NO_FAULT_CHOICES, failures: true, failureRate: 1 })).toEqual({
      failureRate: 1,
      statuses: [429, 503],
      retryAfterSeconds: 1
    });
  });

  it("turn the slider's percentage into a rate up to 100 %", () => {
    expect(rateFromPercent(100)).toBe(1);
    expect(rateFromPercent(0)).toBe(0.01);
    expect(percentFromRate(0.3)).toBe(30);
  });
});
