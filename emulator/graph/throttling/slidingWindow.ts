/** Requests admitted in the last `windowMs`; full once `limit` of them fall inside the window. */
export class SlidingWindow {
  private readonly admitted: number[] = [];

  public constructor(
    private readonly limit: number,
    private readonly windowMs: number
  ) {}

  /** 0 when a request may pass now, else how many milliseconds until one may. */
  public waitMs(now: number): number {
    while (this.admitted.length > 0 && this.admitted[0] <= now - this.windowMs) {
      this.admitted.shift();
    }
    return this.admitted.length < this.limit ? 0 : this.admitted[0] + this.windowMs - now;
  }

  public admit(now: number): void {
    this.admitted.push(now);
  }

  public get isIdle(): boolean {
    return this.admitted.length === 0;
  }
}
