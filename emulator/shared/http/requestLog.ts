export interface LoggedRequest {
  /** Position in the log, counting up from 1 since the emulator started; never reused, not even after a clear. */
  seq: number;
  /** When the request arrived (ISO time). */
  at: string;
  method: string;
  url: string;
  status: number;
  batch?: true;
}

export interface RequestLogQuery {
  /** Only entries with a larger `seq`. */
  since?: number;
  /** `asc` (default): oldest first; `desc`: newest first. */
  order?: 'asc' | 'desc';
}

const MAX_ENTRIES = 20_000;

/** Graph and SharePoint requests since the last clear, oldest first; bounded so a long session cannot grow it forever. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private lastSeq = 0;

  public add(entry: Omit<LoggedRequest, 'seq'>): void {
    this.lastSeq += 1;
    this.entries.push({ seq: this.lastSeq, ...entry });
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    }
  }

  public list(query: RequestLogQuery = {}): LoggedRequest[] {
    const since = query.since;
    const newer = since === undefined ? [...this.entries] : this.entries.slice(this.firstIndexAfter(since));
    return query.order === 'desc' ? newer.reverse() : newer;
  }

  public clear(): void {
    this.entries = [];
  }

  /** Entries are in `seq` order, so the first newer one is found by bisection. */
  private firstIndexAfter(seq: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.entries[middle].seq <= seq) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
