/** Calls for the same key while one is under way share its answer, so a prefetch and the view asking next cost one request. */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  public run(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.running.get(key);
    if (running) {
      return running;
    }
    const loading = load().finally(() => this.running.delete(key));
    this.running.set(key, loading);
    return loading;
  }
}
