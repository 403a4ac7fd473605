/**
 * A service whose implementation loads on its first call, so a page that never uses it (a colleague card never
 * reads channel messages) never downloads it. Every method of such a service returns a promise already; `eager`
 * supplies the plain properties callers read at once.
 */
export function lazyService<T extends object>(load: () => Promise<T>, eager: Partial<T> = {}): T {
  let instance: Promise<T> | undefined;
  const loaded = (): Promise<T> => (instance ??= load());
  return new Proxy(eager as T, {
    get(target, property) {
      if (property in target) {
        return target[property as keyof T];
      }
      if (property === 'then') {
        // Not a thenable: awaiting the service itself must not call a method.
        return undefined;
      }
      return (...args: unknown[]) =>
        loaded().then((service) => {
          const method = service[property as keyof T] as unknown as (...values: unknown[]) => unknown;
          return method.apply(service, args);
        });
    }
  });
}
