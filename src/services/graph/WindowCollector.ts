import { failed, type Result } from '../Result';
import { ServiceError } from '../ServiceError';

interface Waiter<V> {
  resolve: (value: V) => void;
  reject: (error: ServiceError) => void;
}

/**
 * Collects keys requested within a short window (e.g. every avatar of every Kring web part on a page rendering
 * at once) and answers them all with one call. Keys requested again while a run is waiting share that run.
 * `ready`, when given, holds the window open further (keys keep joining) until it resolves.
 */
export class WindowCollector<V> {
  private queued = new Map<string, Waiter<V>[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  public constructor(
    private readonly run: (keys: string[]) => Promise<Map<string, Result<V>>>,
    private readonly windowMs: number = 25,
    private readonly ready: () => Promise<void> = () => Promise.resolve()
  ) {}

  public request(key: string): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      const waiting = this.queued.get(key) ?? [];
      waiting.push({ resolve, reject });
      this.queued.set(key, waiting);
      if (this.timer === undefined) {
        this.timer = setTimeout(() => void this.ready().then(() => this.flush()), this.windowMs);
      }
    });
  }

  private flush(): void {
    const batch = this.queued;
    this.queued = new Map();
    this.timer = undefined;
    this.run([...batch.keys()]).then(
      (answers) => {
        for (const [key, waiting] of batch) {
          const answer =
            answers.get(key) ?? failed<V>(new ServiceError('notFound', `No answer for ${key}.`, { status: 404 }));
          for (const { resolve, reject } of waiting) {
            if (answer.ok) {
              resolve(answer.value);
            } else {
              reject(answer.error);
            }
          }
        }
      },
      (error: ServiceError) => {
        for (const waiting of batch.values()) {
          waiting.forEach(({ reject }) => reject(error));
        }
      }
    );
  }
}
