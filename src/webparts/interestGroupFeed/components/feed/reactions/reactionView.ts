import type { Reaction } from '../../../../../model/feed/Post';
import { reactionEmoji } from '../reactionEmoji';

/** One reaction as the bar shows it: the emoji, who gave it, and whether I did. */
export interface ShownReaction {
  /** The emoji shown and sent to Graph (`👍` also for a `like` Graph reported by name). */
  emoji: string;
  count: number;
  userIds: string[];
  mine: boolean;
}

/** The same reaction whether Graph named it or gave its emoji, with or without a variation selector. */
export function reactionKey(type: string): string {
  return reactionEmoji(type).replace(/\ufe0f/g, '');
}

/** Graph's reactions, one per reaction (a `like` and a `👍` are one), in the order each was first given. */
export function shownReactions(reactions: readonly Reaction[]): ShownReaction[] {
  const byKey = new Map<string, ShownReaction>();
  for (const reaction of reactions) {
    const key = reactionKey(reaction.type);
    const shown = byKey.get(key) ?? { emoji: reactionEmoji(reaction.type), count: 0, userIds: [], mine: false };
    shown.count += reaction.count;
    for (const userId of reaction.userIds) {
      if (shown.userIds.includes(userId)) {
        shown.count -= 1;
      } else {
        shown.userIds.push(userId);
      }
    }
    shown.mine = shown.mine || reaction.mine;
    byKey.set(key, shown);
  }
  return [...byKey.values()];
}

/** The reactions with mine as I asked for them (by reaction key), whatever Graph said when it was read. */
export function withMyReactions(
  reactions: readonly ShownReaction[],
  wishes: ReadonlyMap<string, { emoji: string; mine: boolean }>,
  viewerId: string
): ShownReaction[] {
  if (wishes.size === 0) {
    return reactions as ShownReaction[];
  }
  const result = reactions.map((reaction) => ({ ...reaction }));
  for (const [key, wish] of wishes) {
    const index = result.findIndex((reaction) => reactionKey(reaction.emoji) === key);
    const current = index >= 0 ? result[index] : undefined;
    if (wish.mine && !current) {
      result.push({ emoji: wish.emoji, count: 1, userIds: [viewerId], mine: true });
    } else if (wish.mine && current && !current.mine) {
      result[index] = { ...current, count: current.count + 1, userIds: [...current.userIds, viewerId], mine: true };
    } else if (!wish.mine && current?.mine) {
      const left = { ...current, count: current.count - 1, userIds: current.userIds.filter((id) => id !== viewerId) };
      result[index] = { ...left, mine: false };
    }
  }
  return result.filter((reaction) => reaction.count > 0);
}

/** Who reacted, for a list that names at most `max`: me first, then the others in the order they reacted. */
export function reactorsShown(
  reaction: ShownReaction,
  viewerId: string,
  max: number
): { me: boolean; others: string[]; more: number } {
  const others = reaction.userIds.filter((id) => id !== viewerId);
  const room = reaction.mine ? max - 1 : max;
  const named = others.slice(0, Math.max(0, room));
  const counted = (reaction.mine ? 1 : 0) + named.length;
  return { me: reaction.mine, others: named, more: Math.max(0, reaction.count - counted) };
}
