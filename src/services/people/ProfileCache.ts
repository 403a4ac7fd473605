/** The stores of the people cache, each with its own lifetime. */
export type CacheStore = 'profile' | 'photo' | 'presence' | 'manager' | 'reports' | 'groups' | 'alias' | 'highlights';

/** Presence goes stale quickly; organisation data and profiles change rarely. */
export const CACHE_LIFETIME_MINUTES: Readonly<Record<CacheStore, number>> = {
  presence: 5,
  profile: 60,
  photo: 60,
  manager: 60,
  reports: 60,
  groups: 30,
  alias: 60,
  highlights: 10
};

/** The part of the Web Storage API the cache uses, so tests and Node can supply a map. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key)
  };
}

/** The browser's session storage when there is one (survives a reload, not the tab), else memory. */
export function defaultStore(): KeyValueStore {
  try {
    if (typeof sessionStorage !== 'undefined') {
      const probe = '__kring_probe__';
      sessionStorage.setItem(probe, probe);
      sessionStorage.removeItem(probe);
      return sessionStorage;
    }
  } catch {
    // Storage can be switched off or full; memory still caches within the page.
  }
  return memoryStore();
}

interface Entry<T> {
  expires: number;
  value: T;
}

/**
 * A typed cache of what people-related Graph calls returned, per store and key, with per-store lifetimes.
 * Values are wrapped, so "no photo" or "no manager" (undefined) are cached answers too, not misses.
 */
export class ProfileCache {
  public constructor(
    private readonly store: KeyValueStore = defaultStore(),
    private readonly namespace: string = 'kring:people:v1',
    private readonly now: () => number = Date.now
  ) {}

  public get<T>(store: CacheStore, key: string): { value: T } | undefined {
    const storageKey = this.key(store, key);
    let raw: string | null = null;
    try {
      raw = this.store.getItem(storageKey);
    } catch {
      return undefined;
    }
    if (raw === null) {
      return undefined;
    }
    try {
      const entry = JSON.parse(raw) as Entry<T>;
      if (typeof entry.expires !== 'number' || entry.expires <= this.now()) {
        this.delete(store, key);
        return undefined;
      }
      return { value: entry.value };
    } catch {
      this.delete(store, key);
      return undefined;
    }
  }

  public put<T>(store: CacheStore, key: string, value: T): void {
    const entry: Entry<T> = { expires: this.now() + CACHE_LIFETIME_MINUTES[store] * 60_000, value };
    try {
      this.store.setItem(this.key(store, key), JSON.stringify(entry));
    } catch {
      // A full storage quota only costs a request next time.
    }
  }

  public delete(store: CacheStore, key: string): void {
    try {
      this.store.removeItem(this.key(store, key));
    } catch {
      // Nothing to undo.
    }
  }

  private key(store: CacheStore, key: string): string {
    return `${this.namespace}:${store}:${key.toLowerCase()}`;
  }
}

/**
 * The cache of one signed-in viewer. Entries are kept per viewer because what Graph returns depends on who asks
 * (private groups, presence), and several people can sign in one after another in the same browser tab.
 */
export function profileCacheFor(viewer: string | undefined, store: KeyValueStore = defaultStore()): ProfileCache {
  const namespace = viewer ? `kring:people:v1:${viewer.toLowerCase()}` : 'kring:people:v1';
  return new ProfileCache(store, namespace);
}
