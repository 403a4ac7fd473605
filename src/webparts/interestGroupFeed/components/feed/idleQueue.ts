/** What `requestIdleCallback` hands its callback; emulated where the browser has none (Safari). */
interface IdleDeadline {
  timeRemaining(): number;
}

type RunWhenIdle = (run: (deadline: IdleDeadline) => void) => void;

/** Less idle time than this is left to the browser: a task of the queue takes a few milliseconds. */
const MIN_IDLE_MS = 4;
/** Without `requestIdleCallback`: a short task between frames, as if that much were idle. */
const FALLBACK_IDLE_MS = 8;

function browserIdle(): RunWhenIdle {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    return (run) => window.requestIdleCallback(run);
  }
  return (run) =>
    setTimeout(() => {
      const end = Date.now() + FALLBACK_IDLE_MS;
      run({ timeRemaining: () => Math.max(0, end - Date.now()) });
    }, 0);
}

/**
 * Tasks run when the browser is idle, oldest first, as many as an idle period has room for; the rest wait for
 * the next one. A task can be withdrawn until it has run.
 */
export class IdleQueue {
  private readonly tasks = new Set<() => void>();
  private scheduled = false;

  public constructor(private readonly runWhenIdle: RunWhenIdle = browserIdle()) {}

  /** Queues a task; the answer withdraws it. */
  public add(task: () => void): () => void {
    this.tasks.add(task);
    this.schedule();
    return () => {
      this.tasks.delete(task);
    };
  }

  private schedule(): void {
    if (!this.scheduled && this.tasks.size > 0) {
      this.scheduled = true;
      this.runWhenIdle(this.run);
    }
  }

  private readonly run = (deadline: IdleDeadline): void => {
    this.scheduled = false;
    for (const task of this.tasks) {
      if (deadline.timeRemaining() < MIN_IDLE_MS) {
        break;
      }
      this.tasks.delete(task);
      task();
    }
    this.schedule();
  };
}
