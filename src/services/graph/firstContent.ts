/**
 * The Kring views on a page still waiting for their first content. Photos and presence wait for them (up to a
 * limit), so the people every web part shows at first travel together instead of one `$batch` per moment at which
 * more of them appear.
 */
export class FirstContentTracker {
  private pending = 0;
  private waiters: (() => void)[] = [];

  /** A view starts loading; call what this returns once it shows content, fails, or goes away. */
  public begin(): () => void {
    this.pending++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.pending--;
      if (this.pending === 0) {
        const waiting = this.waiters;
        this.waiters = [];
        waiting.forEach((resolve) => resolve());
      }
    };
  }

  /** Resolves when no view is loading any more, or after `maxWaitMs`, whichever comes first. */
  public settled(maxWaitMs: number): Promise<void> {
    if (this.pending === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== finish);
        resolve();
      };
      const timer = setTimeout(finish, maxWaitMs);
      this.waiters.push(finish);
    });
  }
}

/** One per page: every Kring web part on a page runs from the same shared bundle. */
export const pageFirstContent = new FirstContentTracker();
