import * as commonStrings from 'KringCommonStrings';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { retryInText } from '../../../../../components/states/errorMessage';
import { reactionNameOf, type ReactionName } from '../../../../../model/composer/reactions';
import { format } from '../formatText';
import type { ReactionOutcome } from './reactionStore';
import type { ShownReaction } from './reactionView';

const NAMES: Readonly<Record<ReactionName, () => string>> = {
  like: () => strings.ReactionLike,
  heart: () => strings.ReactionHeart,
  laugh: () => strings.ReactionLaugh,
  surprised: () => strings.ReactionSurprised,
  sad: () => strings.ReactionSad,
  angry: () => strings.ReactionAngry
};

/** "Like" for the classic reactions; any other emoji is its own name (screen readers say it). */
export function reactionName(emoji: string): string {
  const name = reactionNameOf(emoji);
  return name ? NAMES[name]() : emoji;
}

/** The toggle's accessible name: "Like, 3 people, including you". */
export function reactionLabel(reaction: ShownReaction): string {
  const name = reactionName(reaction.emoji);
  if (reaction.mine) {
    return reaction.count === 1
      ? format(strings.ReactionByYou, name)
      : format(strings.ReactionByYouAndOthers, name, reaction.count);
  }
  return reaction.count === 1
    ? format(strings.ReactionByOne, name)
    : format(strings.ReactionByMany, name, reaction.count);
}

/** "You, Bram Jansen and Fatima el Amrani", or "…, Fatima el Amrani and 4 others" when not everyone is named. */
export function namesText(names: readonly string[], more: number): string {
  if (more > 0) {
    return format(more === 1 ? strings.ReactionNamesOneMore : strings.ReactionNamesMore, names.join(', '), more);
  }
  if (names.length < 2) {
    return names[0] ?? '';
  }
  return format(strings.ReactionNamesLast, names.slice(0, -1).join(', '), names[names.length - 1]);
}

function failureText(outcome: Extract<ReactionOutcome, { kind: 'failed' }>): string {
  const { error } = outcome;
  switch (error.kind) {
    case 'throttled':
    case 'unavailable':
      return `${strings.ReactionNotSavedBusy} ${
        error.retryAfterSeconds !== undefined
          ? retryInText(Math.ceil(error.retryAfterSeconds), commonStrings)
          : strings.ReactionWaitAndRetry
      }`;
    case 'network':
      return strings.ReactionNotSavedOffline;
    case 'forbidden':
      return strings.ReactionNotSavedForbidden;
    case 'notFound':
      return strings.ReactionNotSavedGone;
    default:
      return strings.ReactionNotSaved;
  }
}

/** What the bar says about the last change: announced politely, and shown when it failed. */
export function outcomeText(outcome: ReactionOutcome | undefined): string {
  if (!outcome) return '';
  if (outcome.kind === 'failed') return failureText(outcome);
  const name = reactionName(outcome.emoji);
  return format(outcome.mine ? strings.ReactionAdded : strings.ReactionRemoved, name);
}
