import { ServiceError } from '../ServiceError';

/** What a collected run answers for each key it was asked about. */
export type KeyedAnswers<V> = Map<string, { value: V } | { error: ServiceError }>;

/**
 * Collects keys requested within a short window (e.g. every avatar of a list rendering at once) and answers
 * them all with one call. Keys requested again while a run is waiting share that run.
 */
export class WindowCollector<V> {
  private queued = new Map<string, { resolve: (value: V) => void; reject: (error: ServiceError) => void }[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  public constructor(
    private readonly run: (keys: string[]) => Promise<KeyedAnswers<V>>,
    private readonly windowMs: number = 25
  ) {}

  public request(key: string): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      const waiting = this.queued.get(key) ?? [];
      waiting.push({ resolve, reject });
      this.queued.set(key, waiting);
      if (this.timer === undefined) {
        this.timer = setTimeout(() => this.flush(), this.windowMs);
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
          const answer = answers.get(key) ?? { error: new ServiceError('notFound', `No answer for ${key}.`, { status: 404 }) };
          for (const { resolve, reject } of waiting) {
            if ('value' in answer) {
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
