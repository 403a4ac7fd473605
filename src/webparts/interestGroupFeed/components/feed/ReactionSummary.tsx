import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { Reaction } from '../../../../model/feed/Post';
import { reactionEmoji } from './reactionEmoji';
import { usePostCardStyles } from './usePostCardStyles';

const format = (template: string, ...values: (string | number)[]): string =>
  values.reduce<string>((text, value, index) => text.replace(`{${index}}`, String(value)), template);

/** Reactions with their counts; the ones I gave stand out (by more than colour: they are marked for readers). */
export function ReactionSummary({ reactions }: { reactions: readonly Reaction[] }): React.ReactElement | null {
  const styles = usePostCardStyles();
  if (reactions.length === 0) {
    return null;
  }
  return (
    <ul className={styles.reactions} aria-label={strings.ReactionsLabel}>
      {reactions.map((reaction) => (
        <li
          key={reaction.type}
          className={mergeClasses(styles.reaction, reaction.mine && styles.mine)}
          aria-label={format(strings.ReactionCount, reactionEmoji(reaction.type), reaction.count)}
        >
          <span aria-hidden="true">
            {reactionEmoji(reaction.type)} {reaction.count}
          </span>
        </li>
      ))}
    </ul>
  );
}

export { format };
