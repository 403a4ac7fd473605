import { sessionCacheFor, type CacheStore } from '../../../../../services/cache/SessionCache';
import type { ComposerService, MessageRef } from '../../../../../services/composer/ComposerService';
import type { KringServices } from '../../../../../services/KringServices';
import { ServiceError } from '../../../../../services/ServiceError';
import { reactionEmoji } from '../reactionEmoji';
import { reactionKey, type ShownReaction } from './reactionView';

/** What became of the last reaction I changed on a message. */
export type ReactionOutcome =
  | { kind: 'saved'; emoji: string; mine: boolean }
  | { kind: 'failed'; emoji: string; mine: boolean; error: ServiceError };

/** My reactions on one message as I asked for them, by reaction key, and the last outcome. */
export interface MessageReactions {
  wishes: ReadonlyMap<string, { emoji: string; mine: boolean }>;
  outcome?: ReactionOutcome;
}

interface Wish {
  emoji: string;
  /** What I asked for last. */
  desired: boolean;
  /** What Graph has: read from the message at first, then what it last accepted. */
  confirmed: boolean;
}

interface Entry {
  wishes: Map<string, Wish>;
  sending: boolean;
  outcome?: ReactionOutcome;
  snapshot: MessageReactions;
  listeners: Set<() => void>;
}

/** What Graph accepted of my reactions on a message, by reaction key, kept for the session. */
export type SavedReactions = Record<string, { emoji: string; mine: boolean }>;

/** As long as the feed's session cache keeps a page: a reload within it shows the page as it was read. */
const SAVED_MINUTES = 30;

const NONE: MessageReactions = { wishes: new Map() };

export function messageKey(ref: MessageRef): string {
  return `${ref.groupId}/${ref.channelId}/${ref.messageId}`;
}

function snapshotOf(entry: Entry): MessageReactions {
  const wishes = new Map([...entry.wishes].map(([key, wish]) => [key, { emoji: wish.emoji, mine: wish.desired }]));
  return { wishes, outcome: entry.outcome };
}

/**
 * My reactions on the messages of a page, kept apart from what Graph was read to say, so they stay when a row of
 * the feed is rendered anew or scrolled out of view and back, and after a reload that shows the feed's cached
 * pages, until a read of the message agrees with them. One request per message at a time: a toggle while one is
 * under way is sent after it (two toggles of the same reaction cancel out and send nothing more); a refusal puts
 * every reaction of the message back to what Graph has.
 */
export class ReactionStore {
  private readonly entries = new Map<string, Entry>();

  public constructor(
    private readonly composer: Pick<ComposerService, 'setReaction' | 'unsetReaction'>,
    private readonly saved?: CacheStore<SavedReactions>
  ) {}

  public get(key: string): MessageReactions {
    return this.entry(key).snapshot;
  }

  public subscribe(key: string, listener: () => void): () => void {
    const listeners = this.entry(key).listeners;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /**
   * Gives or takes back my reaction, sent as its emoji (`like` as 👍); `graphMine` is whether Graph said I had given
   * it when the message was read.
   */
  public toggle(message: MessageRef, reaction: string, graphMine: boolean): void {
    const entry = this.entry(messageKey(message));
    const key = reactionKey(reaction);
    const emoji = reactionEmoji(reaction);
    const wish = entry.wishes.get(key) ?? { emoji, desired: graphMine, confirmed: graphMine };
    wish.desired = !wish.desired;
    entry.wishes.set(key, wish);
    entry.outcome = undefined;
    this.changed(entry);
    void this.send(message, entry);
  }

  /** Forgets the wishes a newer read of the message agrees with, so Graph's answer counts again from then on. */
  public settle(key: string, graph: readonly ShownReaction[]): void {
    const entry = this.entries.get(key);
    if (!entry || entry.sending) return;
    let agreed = false;
    for (const [reaction, wish] of entry.wishes) {
      const graphMine = graph.some((shown) => shown.mine && reactionKey(shown.emoji) === reaction);
      if (wish.desired === wish.confirmed && graphMine === wish.desired) {
        entry.wishes.delete(reaction);
        agreed = true;
      }
    }
    if (agreed) this.save(key, entry);
  }

  private entry(key: string): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      const saved = Object.entries(this.saved?.get(key)?.value ?? {});
      const wishes = new Map<string, Wish>(
        saved.map(([reaction, { emoji, mine }]) => [reaction, { emoji, desired: mine, confirmed: mine }])
      );
      entry = { wishes, sending: false, snapshot: NONE, listeners: new Set() };
      entry.snapshot = wishes.size > 0 ? snapshotOf(entry) : NONE;
      this.entries.set(key, entry);
    }
    return entry;
  }

  private save(key: string, entry: Entry): void {
    const confirmed = [...entry.wishes].map(([reaction, wish]) => [
      reaction,
      { emoji: wish.emoji, mine: wish.confirmed }
    ]);
    if (confirmed.length > 0) this.saved?.put(key, Object.fromEntries(confirmed) as SavedReactions);
    else this.saved?.delete(key);
  }

  private changed(entry: Entry): void {
    entry.snapshot = snapshotOf(entry);
    entry.listeners.forEach((listener) => listener());
  }

  private async send(message: MessageRef, entry: Entry): Promise<void> {
    if (entry.sending) return;
    entry.sending = true;
    try {
      for (let wish = unsent(entry); wish; wish = unsent(entry)) {
        const mine = wish.desired;
        try {
          await (mine
            ? this.composer.setReaction(message, wish.emoji)
            : this.composer.unsetReaction(message, wish.emoji));
          wish.confirmed = mine;
          entry.outcome = { kind: 'saved', emoji: wish.emoji, mine };
          this.save(messageKey(message), entry);
        } catch (error) {
          entry.wishes.forEach((each) => (each.desired = each.confirmed));
          entry.outcome = { kind: 'failed', emoji: wish.emoji, mine, error: asError(error) };
        }
        this.changed(entry);
      }
    } finally {
      entry.sending = false;
    }
  }
}

function unsent(entry: Entry): Wish | undefined {
  return [...entry.wishes.values()].find((wish) => wish.desired !== wish.confirmed);
}

function asError(error: unknown): ServiceError {
  return error instanceof ServiceError ? error : new ServiceError('failed', String(error));
}

const stores = new WeakMap<KringServices, ReactionStore>();

/** The store of the page's services, `viewer`'s: every view of a message under the same root shares it. */
export function reactionStoreFor(services: KringServices, viewer: string): ReactionStore {
  let store = stores.get(services);
  if (!store) {
    store = new ReactionStore(services.composer, sessionCacheFor(viewer).store('reactions', SAVED_MINUTES));
    stores.set(services, store);
  }
  return store;
}
