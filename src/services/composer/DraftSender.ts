import { draftKey, isReply, type Draft, type PendingSend, type SendFailure } from '../../model/composer/Draft';
import { toGraphNewMessage } from '../../model/composer/graphNewMessage';
import { messageProblems, type MessageProblem } from '../../model/composer/messageLimits';
import { CLOCK_SKEW_MS, findSentMessage } from '../../model/composer/sentMessageMatch';
import type { Post, Reply } from '../../model/feed/Post';
import type { ServiceError } from '../ServiceError';
import { toServiceError } from '../toServiceError';
import type { ComposerService } from './ComposerService';
import type { DraftStore } from './DraftStore';
import { sendOutcomeOf } from './sendOutcome';

/** How a send ended. Every outcome but `sent` leaves the draft in the store. */
export type SendResult =
  /** Graph has the message: confirmed by its answer, or `found` in the channel after the answer was lost. */
  | { status: 'sent'; message: Post | Reply; found: boolean }
  /** Not sent: the draft breaks a limit. */
  | { status: 'invalid'; problems: MessageProblem[] }
  /** Graph refused it and stored nothing; sending again sends it again. */
  | { status: 'failed'; draft: Draft; failure: SendFailure }
  /** The answer was lost and the message was not found (or could not be looked for); sending again looks first. */
  | { status: 'unconfirmed'; draft: Draft; failure: SendFailure }
  /** This page, or another tab, is sending the draft already. */
  | { status: 'busy' };

export interface SendContext {
  /** The signed-in user's object id (the author the channel is searched for). */
  authorId: string;
  /** Messages like this one already accounted for: an identical post the user confirmed sending again. */
  skipIds?: readonly string[];
}

/** The part of the Web Locks API the sender uses (`navigator.locks`). */
export interface SendLocks {
  request<T>(name: string, options: { ifAvailable: true }, run: (lock: unknown) => Promise<T>): Promise<T>;
}

function browserLocks(): SendLocks | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator
    ? (navigator.locks as unknown as SendLocks)
    : undefined;
}

export interface DraftSenderOptions {
  /** Keeps two tabs of the same person from sending one draft at once; `navigator.locks` where there is one. */
  locks?: SendLocks;
  now?: () => Date;
  newSendId?: () => string;
  sleep?: (ms: number) => Promise<void>;
  /** Wait after a lost answer before looking, so a message Graph was still storing has landed. */
  settleMs?: number;
  skewMs?: number;
}

type Composer = Pick<ComposerService, 'post' | 'reply' | 'recentPosts' | 'recentReplies'>;
type Lookup = { found: Post | Reply } | { found: undefined; error?: ServiceError };

function randomId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** What components use to send drafts (a `DraftSender`). */
export type DraftSending = Pick<DraftSender, 'sendDraft' | 'checkPending'>;

/**
 * Sends drafts so that a message is never lost and never doubled: the draft is marked as being sent (with the
 * HTML sent and the time) before the POST, removed only when Graph has the message, and kept with the reason
 * otherwise. When the answer is lost the channel is searched for the message (`findSentMessage`), now and again
 * before any later attempt, also after a reload; the POST itself is never repeated by the client.
 */
export class DraftSender {
  private readonly inFlight = new Set<string>();
  /** Messages this page sent or found, per channel or thread: never taken for a later identical send. */
  private readonly accountedFor = new Map<string, Set<string>>();
  private readonly now: () => Date;
  private readonly newSendId: () => string;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly settleMs: number;
  private readonly skewMs: number;
  private readonly locks: SendLocks | undefined;

  public constructor(
    private readonly composer: Composer,
    private readonly drafts: DraftStore,
    options: DraftSenderOptions = {}
  ) {
    this.now = options.now ?? (() => new Date());
    this.newSendId = options.newSendId ?? randomId;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.settleMs = options.settleMs ?? 2000;
    this.skewMs = options.skewMs ?? CLOCK_SKEW_MS;
    this.locks = 'locks' in options ? options.locks : browserLocks();
  }

  /** Sends the draft, or finds it sent already; see `SendResult`. */
  public async sendDraft(draft: Draft, context: SendContext): Promise<SendResult> {
    return this.exclusively(draft, async () => {
      let skipIds = context.skipIds ?? [];
      if (draft.pending) {
        const earlier = await this.settlePending(draft, draft.pending, context);
        if (earlier) return earlier;
        skipIds = [...new Set([...draft.pending.skipIds, ...skipIds])];
      }
      const problems = messageProblems(draft);
      if (problems.length > 0) return { status: 'invalid', problems };
      return this.sendNow({ ...draft, pending: undefined }, skipIds, context);
    });
  }

  /**
   * For a draft found with a pending send (after a reload): whether that send reached Graph. Sends nothing; the
   * draft keeps its pending send until a message is found or the user sends again.
   */
  public async checkPending(draft: Draft, context: SendContext): Promise<SendResult | undefined> {
    if (!draft.pending) return undefined;
    const pending = draft.pending;
    return this.exclusively(draft, async () => {
      const earlier = await this.settlePending(draft, pending, context);
      return earlier ?? { status: 'unconfirmed', draft, failure: draft.failure ?? this.notFound() };
    });
  }

  private async exclusively(draft: Draft, run: () => Promise<SendResult>): Promise<SendResult> {
    const key = draftKey(draft.target);
    if (this.inFlight.has(key)) return { status: 'busy' };
    this.inFlight.add(key);
    try {
      if (!this.locks) return await run();
      return await this.locks.request(`kring.send|${key}`, { ifAvailable: true }, (lock) =>
        lock ? run() : Promise.resolve<SendResult>({ status: 'busy' })
      );
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Looks for an earlier send: the result when it was found or could not be looked for, else undefined. */
  private async settlePending(
    draft: Draft,
    pending: PendingSend,
    context: SendContext
  ): Promise<SendResult | undefined> {
    const lookup = await this.lookFor(draft, pending, context);
    if (lookup.found) return this.delivered(draft, lookup.found, true);
    if (lookup.error) {
      const kept = { ...draft, failure: this.failureOf(lookup.error) };
      await this.drafts.put(kept);
      return { status: 'unconfirmed', draft: kept, failure: kept.failure };
    }
    return undefined;
  }

  private async sendNow(draft: Draft, skipIds: readonly string[], context: SendContext): Promise<SendResult> {
    const pending: PendingSend = {
      sendId: this.newSendId(),
      startedAt: this.now().toISOString(),
      html: toGraphNewMessage(draft).body.content,
      skipIds: [...new Set([...skipIds, ...this.accounted(draft)])]
    };
    const sending: Draft = { ...draft, pending, failure: undefined };
    await this.drafts.put(sending);
    let error: ServiceError;
    try {
      const target = sending.target;
      const message = isReply(target)
        ? await this.composer.reply(target, target.replyToId, sending)
        : await this.composer.post(target, sending);
      return await this.delivered(sending, message, false);
    } catch (thrown) {
      error = await toServiceError(thrown);
    }
    if (sendOutcomeOf(error) === 'notStored') {
      const failed: Draft = { ...draft, pending: undefined, failure: this.failureOf(error) };
      await this.drafts.put(failed);
      return { status: 'failed', draft: failed, failure: failed.failure as SendFailure };
    }
    await this.sleep(this.settleMs);
    const lookup = await this.lookFor(sending, pending, context);
    if (lookup.found) return this.delivered(sending, lookup.found, true);
    const unconfirmed: Draft = { ...sending, failure: this.failureOf(lookup.error ?? error) };
    await this.drafts.put(unconfirmed);
    return { status: 'unconfirmed', draft: unconfirmed, failure: unconfirmed.failure as SendFailure };
  }

  private async lookFor(draft: Draft, pending: PendingSend, context: SendContext): Promise<Lookup> {
    const since = new Date(Date.parse(pending.startedAt) - this.skewMs).toISOString();
    const target = draft.target;
    try {
      const candidates: Array<Post | Reply> = isReply(target)
        ? await this.composer.recentReplies(target, target.replyToId, since)
        : await this.composer.recentPosts(target, since);
      const send = { ...pending, authorId: context.authorId, skipIds: new Set(pending.skipIds) };
      return { found: findSentMessage(candidates, send, this.now(), this.skewMs) };
    } catch (thrown) {
      return { found: undefined, error: await toServiceError(thrown) };
    }
  }

  private accounted(draft: Draft): Set<string> {
    const key = draftKey(draft.target);
    const ids = this.accountedFor.get(key) ?? new Set<string>();
    this.accountedFor.set(key, ids);
    return ids;
  }

  private async delivered(draft: Draft, message: Post | Reply, found: boolean): Promise<SendResult> {
    this.accounted(draft).add(message.id);
    await this.drafts.remove(draft.target);
    return { status: 'sent', message, found };
  }

  private failureOf(error: ServiceError): SendFailure {
    return {
      kind: error.kind,
      message: error.message,
      status: error.status,
      retryAfterSeconds: error.retryAfterSeconds,
      at: this.now().toISOString()
    };
  }

  private notFound(): SendFailure {
    return { kind: 'notFound', message: 'The message was not found in the channel.', at: this.now().toISOString() };
  }
}
