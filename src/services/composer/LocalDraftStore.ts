import { draftKey, type Draft, type DraftTarget } from '../../model/composer/Draft';
import { parseStoredDraft } from '../../model/composer/storedDraft';
import { byUpdatedDesc, type DraftSaved, type DraftStore } from './DraftStore';

/** The part of the Web Storage API the store uses. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'kring.draft.v1';

function browserStorage(): DraftStorage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    // Reading localStorage throws where the browser blocks storage for the site.
    return null;
  }
}

/**
 * Drafts in `localStorage`, one entry per draft under the viewer's namespace, so they survive a reload and a closed
 * tab and one person's drafts never show to another on a shared computer. A full quota or blocked storage keeps
 * the draft in this page's memory (and says so); an entry that does not parse as a draft is ignored and removed.
 */
export class LocalDraftStore implements DraftStore {
  private readonly prefix: string;
  /** Drafts storage would not take, for as long as the page lives. */
  private readonly unsaved = new Map<string, Draft>();

  public constructor(
    viewer: string,
    /** Null where the page has no storage. */
    private readonly storage: DraftStorage | null = browserStorage()
  ) {
    this.prefix = `${PREFIX}|${encodeURIComponent(viewer.toLowerCase())}|`;
  }

  public async get(target: DraftTarget): Promise<Draft | undefined> {
    const key = this.prefix + draftKey(target);
    return this.unsaved.get(key) ?? this.read(key);
  }

  public async put(draft: Draft): Promise<DraftSaved> {
    const key = this.prefix + draftKey(draft.target);
    try {
      if (!this.storage) throw new Error('No storage');
      this.storage.setItem(key, JSON.stringify(draft));
      this.unsaved.delete(key);
      return { persisted: true };
    } catch {
      this.unsaved.set(key, JSON.parse(JSON.stringify(draft)) as Draft);
      return { persisted: false };
    }
  }

  public async remove(target: DraftTarget): Promise<void> {
    const key = this.prefix + draftKey(target);
    this.unsaved.delete(key);
    this.forget(key);
  }

  public async list(groupId: string): Promise<Draft[]> {
    const drafts = new Map<string, Draft>();
    for (const key of this.keys()) {
      const draft = this.read(key);
      if (draft) drafts.set(key, draft);
    }
    for (const [key, draft] of this.unsaved) drafts.set(key, draft);
    return [...drafts.values()].filter((draft) => draft.target.groupId === groupId).sort(byUpdatedDesc);
  }

  public async watch(target: DraftTarget, listener: (draft: Draft | undefined) => void): Promise<() => void> {
    if (typeof window === 'undefined') return () => undefined;
    const key = this.prefix + draftKey(target);
    // The storage event fires in the other pages of the origin, never in the one that wrote.
    const onStorage = (event: StorageEvent): void => {
      if (event.key !== key && event.key !== null) return;
      listener(this.read(key));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }

  private keys(): string[] {
    const keys: string[] = [];
    try {
      for (let index = 0; this.storage && index < this.storage.length; index++) {
        const key = this.storage.key(index);
        if (key?.startsWith(this.prefix)) keys.push(key);
      }
    } catch {
      // Storage gone while listing: what was read so far stands.
    }
    return keys;
  }

  private read(key: string): Draft | undefined {
    let stored: string | null = null;
    try {
      stored = this.storage?.getItem(key) ?? null;
    } catch {
      return undefined;
    }
    const draft = parseStoredDraft(stored);
    // A draft stored under another key than its target's would show in the wrong composer.
    if (stored !== null && (!draft || this.prefix + draftKey(draft.target) !== key)) {
      this.forget(key);
      return undefined;
    }
    return draft;
  }

  private forget(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing more to do: the entry is ignored when read.
    }
  }
}
