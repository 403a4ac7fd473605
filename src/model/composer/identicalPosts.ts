import { normalisedMessageText } from './normalisedText';
import type { MessageCandidate } from './sentMessageMatch';

/** How far back an identical message of mine makes the composer ask before sending the same text again. */
export const IDENTICAL_POST_WINDOW_MS = 10 * 60 * 1000;

/**
 * The author's messages, among those the feed already shows, that say the same as `html` (the body about to be
 * sent, compared as the exactly-once match compares it) and were created within `windowMs` before `now`. Sending
 * the same text again is allowed after the author confirms it; their ids then go to the send as ones to skip, so
 * a lost answer is never mistaken for one of them.
 */
export function identicalRecentMessages<T extends MessageCandidate>(
  candidates: readonly T[],
  html: string,
  authorId: string,
  now: Date,
  windowMs: number = IDENTICAL_POST_WINDOW_MS
): T[] {
  const text = normalisedMessageText(html);
  if (text === '') return [];
  const from = now.getTime() - windowMs;
  return candidates.filter(
    (candidate) =>
      !candidate.deleted &&
      candidate.author?.id === authorId &&
      Date.parse(candidate.created) >= from &&
      normalisedMessageText(candidate.untrustedHtml, candidate.bodyIsHtml) === text
  );
}
