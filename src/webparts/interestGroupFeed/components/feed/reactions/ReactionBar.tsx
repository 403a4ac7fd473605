import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { MessageBase } from '../../../../../model/feed/Post';
import { usePostCardStyles } from '../usePostCardStyles';
import { loadedReactionBar, loadReactionBar } from './lazyReactionBar';
import type { ReactionBarProps } from './ReactionBar.types';
import { shownReactions } from './reactionView';

/** The reactions as counts, in the toggles' place, until their code is there (or when it cannot load). */
function ReactionCounts({ message }: { message: MessageBase }): React.ReactElement | null {
  const styles = usePostCardStyles();
  if (message.deleted) {
    return null;
  }
  const reactions = shownReactions(message.reactions);
  return (
    <div className={styles.reactionBar}>
      {reactions.length > 0 && (
        <ul className={styles.reactions} aria-label={strings.ReactionsLabel}>
          {reactions.map((reaction) => (
            <li key={reaction.emoji} className={mergeClasses(styles.reactionCount, reaction.mine && styles.mine)}>
              {reaction.emoji} {reaction.count}
            </li>
          ))}
        </ul>
      )}
      <span className={styles.addReactionSpace} />
    </div>
  );
}

/**
 * The reactions of a post or reply as toggles, as Teams shows them, and "Add reaction" with the six to choose
 * from (`InteractiveReactionBar`); counts in their place for the moment their code takes to load.
 */
export function ReactionBar(props: ReactionBarProps): React.ReactElement | null {
  const [Bar, setBar] = React.useState(loadedReactionBar);
  React.useEffect(() => {
    if (Bar) return;
    let current = true;
    loadReactionBar().then(
      (loaded) => current && setBar(() => loaded),
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [Bar]);
  return Bar ? <Bar {...props} /> : <ReactionCounts message={props.message} />;
}
