import type { EmulatorControl, RequestLogEntry } from './emulatorControl';

/** The one part of the emulator's control API the log needs. */
export type RequestLogSource = Pick<EmulatorControl, 'requests'>;

/**
 * Where the current page's part of the emulator's log starts: after the entry numbered `seq`, or, from an
 * emulator that numbers no entries, after the first `length` entries of its oldest-first log.
 */
export type RequestLogMark = { kind: 'seq'; seq: number } | { kind: 'length'; length: number };

function newestSeq(entries: readonly RequestLogEntry[]): number | undefined {
  return entries.reduce<number | undefined>(
    (newest, entry) =>
      typeof entry.seq === 'number' && (newest === undefined || entry.seq > newest) ? entry.seq : newest,
    undefined
  );
}

/** The mark after everything logged so far; `previous` narrows what a numbering emulator has to send. */
export async function markRequestLog(control: RequestLogSource, previous?: RequestLogMark): Promise<RequestLogMark> {
  const since = previous?.kind === 'seq' ? previous.seq : undefined;
  const entries = await control.requests({ since, order: 'desc' });
  const seq = newestSeq(entries);
  if (seq !== undefined) {
    return { kind: 'seq', seq: Math.max(seq, since ?? seq) };
  }
  return since === undefined ? { kind: 'length', length: entries.length } : { kind: 'seq', seq: since };
}

/**
 * The entries after the mark, newest first, whichever emulator answered: a numbering one filters and orders
 * on its side (checked here all the same), an older one sends its whole log oldest first. An old log shorter
 * than the mark was cleared meanwhile, so all of it is new.
 */
export function entriesAfter(entries: readonly RequestLogEntry[], mark: RequestLogMark): RequestLogEntry[] {
  if (newestSeq(entries) !== undefined) {
    const after = mark.kind === 'seq' ? mark.seq : -Infinity;
    return entries.filter((entry) => (entry.seq ?? -Infinity) > after).sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  }
  const start = mark.kind === 'length' && entries.length >= mark.length ? mark.length : 0;
  return entries.slice(start).reverse();
}

/**
 * The emulator's request log as one workbench page sees it: only what was requested since the page opened or
 * since the last workbench action, which shows a new view as a reload would. Nothing is deleted from the
 * emulator, so other pages and tests keep their log.
 */
export class PageRequestLog {
  private mark: Promise<RequestLogMark>;

  public constructor(private readonly control: RequestLogSource) {
    this.mark = markRequestLog(control);
    // Read by started() and entries(); an unreachable emulator is reported there, not as an unhandled rejection.
    this.mark.catch(() => undefined);
  }

  /** Settles once the page's start is known, so that nothing the page requests is taken for an earlier page's. */
  public started(): Promise<void> {
    return this.mark.then(
      () => undefined,
      () => undefined
    );
  }

  /** Starts a new page: what was requested until now drops out of the log. */
  public restart(): Promise<void> {
    this.mark = this.mark.catch(() => undefined).then((previous) => markRequestLog(this.control, previous));
    return this.started();
  }

  public async entries(): Promise<RequestLogEntry[]> {
    // A page whose start could not be read (the emulator was not up yet) starts now.
    const mark = await this.mark.catch(() => (this.mark = markRequestLog(this.control)));
    const since = mark.kind === 'seq' ? mark.seq : undefined;
    return entriesAfter(await this.control.requests({ since, order: 'desc' }), mark);
  }
}
