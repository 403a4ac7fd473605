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

function usableStorage(kind: 'sessionStorage' | 'localStorage'): KeyValueStore {
  try {
    const storage = typeof window !== 'undefined' ? window[kind] : undefined;
    if (storage) {
      const probe = '__kring_probe__';
      storage.setItem(probe, probe);
      storage.removeItem(probe);
      return storage;
    }
  } catch {
    // Storage can be switched off or full; memory still caches within the page.
  }
  return memoryStore();
}

/** The browser's session storage when there is one (survives a reload, not the tab), else memory. */
export function defaultStore(): KeyValueStore {
  return usableStorage('sessionStorage');
}

/** The browser's local storage (survives the tab), for what is remembered between visits; else memory. */
export function lastingStore(): KeyValueStore {
  return usableStorage('localStorage');
}

interface Entry<T> {
  expires: number;
  value: T;
}

/** One named store of the cache, with its own lifetime, registered by the service that fills it. */
export interface CacheStore<T> {
  readonly name: string;
  get(key: string): { value: T } | undefined;
  put(key: string, value: T): void;
  delete(key: string): void;
}

/**
 * A session cache of what Graph and SharePoint answered, in named stores with their own lifetimes. Hand-written
 * rather than PnPjs `Caching` because that keys entries by request URL: it cannot serve a card asked for by
 * UPN from one loaded by id (aliases), cannot remember that a photo or manager is absent (a 404 is an error to
 * it), and cannot cache the parts of a `$batch` one by one. Values are wrapped, so `undefined` is an answer too.
 */
export class SessionCache {
  private readonly lifetimes = new Map<string, number>();

  public constructor(
    private readonly storage: KeyValueStore = defaultStore(),
    private readonly namespace: string = 'kring:v2',
    private readonly now: () => number = Date.now
  ) {}

  /** Registers (or returns) the store `name`; a second registration must ask for the same lifetime. */
  public store<T>(name: string, lifetimeMinutes: number): CacheStore<T> {
    const known = this.lifetimes.get(name);
    if (known !== undefined && known !== lifetimeMinutes) {
      throw new Error(`Cache store '${name}' is already registered with a lifetime of ${known} minutes.`);
    }
    this.lifetimes.set(name, lifetimeMinutes);
    return {
      name,
      get: (key) => this.read<T>(name, key),
      put: (key, value) => this.write(name, key, value, lifetimeMinutes),
      delete: (key) => this.remove(name, key)
    };
  }

  private read<T>(store: string, key: string): { value: T } | undefined {
    let raw: string | null = null;
    try {
      raw = this.storage.getItem(this.key(store, key));
    } catch {
      return undefined;
    }
    if (raw === null) {
      return undefined;
    }
    try {
      const entry = JSON.parse(raw) as Entry<T>;
      if (typeof entry.expires !== 'number' || entry.expires <= this.now()) {
        this.remove(store, key);
        return undefined;
      }
      return { value: entry.value };
    } catch {
      this.remove(store, key);
      return undefined;
    }
  }

  private write<T>(store: string, key: string, value: T, lifetimeMinutes: number): void {
    const entry: Entry<T> = { expires: this.now() + lifetimeMinutes * 60_000, value };
    try {
      this.storage.setItem(this.key(store, key), JSON.stringify(entry));
    } catch {
      // A full storage quota only costs a request next time.
    }
  }

  private remove(store: string, key: string): void {
    try {
      this.storage.removeItem(this.key(store, key));
    } catch {
      // Nothing to undo.
    }
  }

  private key(store: string, key: string): string {
    return `${this.namespace}:${store}:${key.toLowerCase()}`;
  }
}

/**
 * The cache of one signed-in viewer. Entries are kept per viewer because what Graph returns depends on who asks
 * (private groups, presence), and several people can sign in one after another in the same browser tab.
 */
export function sessionCacheFor(viewer: string | undefined, storage: KeyValueStore = defaultStore()): SessionCache {
  const namespace = viewer ? `kring:v2:${viewer.toLowerCase()}` : 'kring:v2';
  return new SessionCache(storage, namespace);
}
