import { reactionEmoji as emojiOf, reactionNameOf } from '../../../../model/composer/reactions';

/**
 * The emoji a Graph `reactionType` shows as, which is also what Kring sends for it: Teams names its six classic
 * reactions on older messages (`like`), newer reactions arrive as the emoji itself.
 */
export function reactionEmoji(type: string): string {
  const name = reactionNameOf(type);
  return name ? emojiOf(name) : type;
}
