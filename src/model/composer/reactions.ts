/** The reactions Kring offers, as Teams shows them; Graph's `setReaction` takes the emoji itself. */
export const REACTIONS = [
  { name: 'like', emoji: '👍' },
  { name: 'heart', emoji: '❤️' },
  { name: 'laugh', emoji: '😆' },
  { name: 'surprised', emoji: '😮' },
  { name: 'sad', emoji: '😢' },
  { name: 'angry', emoji: '😡' }
] as const;

export type ReactionName = (typeof REACTIONS)[number]['name'];

export function reactionEmoji(name: ReactionName): string {
  return (REACTIONS.find((reaction) => reaction.name === name) as (typeof REACTIONS)[number]).emoji;
}

/**
 * The reaction a Graph `reactionType` stands for: older messages carry the names (`like`), newer ones the emoji;
 * the heart with or without its variation selector. Undefined for any other emoji.
 */
export function reactionNameOf(reactionType: string): ReactionName | undefined {
  const bare = reactionType.replace(/\ufe0f/g, '');
  return REACTIONS.find((reaction) => reaction.name === reactionType || reaction.emoji.replace(/\ufe0f/g, '') === bare)
    ?.name;
}
