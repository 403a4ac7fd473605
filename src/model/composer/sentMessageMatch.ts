import type { MessageBase } from '../feed/Post';
import { normalisedMessageText } from './normalisedText';

/** How far the sender's clock and Graph's may disagree. */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;

/** What is known of a send whose answer never arrived. */
export interface SendInQuestion {
  /** The signed-in user's object id: the message is theirs. */
  authorId: string;
  /** The body HTML that was sent. */
  html: string;
  /** When the send started, by the sender's clock (ISO time). */
  startedAt: string;
  /** Messages already accounted for (an earlier identical post, sent on purpose): never this send. */
  skipIds: ReadonlySet<string>;
}

export type MessageCandidate = Pick<
  MessageBase,
  'id' | 'author' | 'untrustedHtml' | 'bodyIsHtml' | 'created' | 'deleted'
>;

/**
 * The exactly-once match. Graph has no idempotency key and Teams may rewrite the HTML it stores, so a send whose
 * answer was lost is recognised in the channel (or the thread, for a reply) by what it said, who said it and when.
 * A stored message is that send when all of these hold:
 * - it is not one of `skipIds` (messages already accounted for, e.g. an identical post sent earlier on purpose)
 *   and not deleted;
 * - its author is the sender (`from.user.id`);
 * - its normalised text equals the sent body's (see `normalisedMessageText`: markup, white space and character
 *   references are ignored, so `<p>a&nbsp;b</p>` matches `a b`, and an emoji Teams stored as `<emoji alt>`
 *   matches the character sent);
 * - it was created from `startedAt - skew` to `now + skew`: nothing from before the send began, with the clock
 *   skew allowance between the sender's clock and Graph's on both ends.
 * When several qualify, the earliest is the send (a later one would be a later send). Attachments and the
 * subject are not compared: the text, author and window already single a send out, and Teams may rewrite both.
 */
export function findSentMessage<T extends MessageCandidate>(
  candidates: readonly T[],
  send: SendInQuestion,
  now: Date,
  skewMs: number = CLOCK_SKEW_MS
): T | undefined {
  const from = Date.parse(send.startedAt) - skewMs;
  const to = now.getTime() + skewMs;
  const text = normalisedMessageText(send.html);
  const matches = candidates.filter((candidate) => {
    const created = Date.parse(candidate.created);
    return (
      !send.skipIds.has(candidate.id) &&
      !candidate.deleted &&
      candidate.author?.id === send.authorId &&
      created >= from &&
      created <= to &&
      normalisedMessageText(candidate.untrustedHtml, candidate.bodyIsHtml) === text
    );
  });
  return matches.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))[0];
}
