export interface LoggedRequest {
  method: string;
  url: string;
  status: number;
  batch?: true;
}

const MAX_ENTRIES = 20_000;

/** Graph and SharePoint requests since the last clear, oldest first; bounded so a long session cannot grow it forever. */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  public add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    }
  }

  public list(): LoggedRequest[] {
    return [...this.entries];
  }

  public clear(): void {
    this.entries = [];
  }
}
