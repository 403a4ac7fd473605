import * as React from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { EmojiAddRegular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyReactionPicker, LazyWhoReacted } from './lazyReactionPopups';
import type { ReactionBarState } from './ReactionBar.types';
import { reactionLabel } from './reactionText';
import { reactionKey, type ShownReaction } from './reactionView';
import type { ReactionBarStyles } from './useReactionBarStyles';

function renderReaction(state: ReactionBarState, styles: ReactionBarStyles, reaction: ShownReaction): React.ReactNode {
  const described = state.who.reaction === reaction;
  return (
    <li key={reactionKey(reaction.emoji)}>
      <Button
        size="small"
        shape="circular"
        className={mergeClasses(styles.reaction, reaction.mine && styles.mine)}
        aria-pressed={reaction.mine}
        aria-label={reactionLabel(reaction)}
        aria-describedby={described ? state.who.id : undefined}
        onClick={() => state.toggle(reaction)}
        {...state.who.handlersFor(reaction.emoji)}
      >
        <span className={styles.emoji}>{reaction.emoji}</span> {reaction.count}
      </Button>
    </li>
  );
}

function renderPopups(state: ReactionBarState): React.ReactNode {
  const { who, picker } = state;
  return (
    <>
      {picker.open && (
        <LazyReactionPicker
          anchor={picker.buttonRef.current}
          mine={
            new Set(state.reactions.filter((reaction) => reaction.mine).map((reaction) => reactionKey(reaction.emoji)))
          }
          onPick={picker.onPick}
          onDismiss={picker.onDismiss}
        />
      )}
      {who.reaction && (
        <LazyWhoReacted
          reaction={who.reaction}
          viewerId={state.viewerId}
          thread={state.thread}
          anchor={who.anchor}
          id={who.id}
          surfaceHandlers={who.surfaceHandlers}
          onDismiss={who.dismiss}
        />
      )}
    </>
  );
}

export function renderReactionBar(state: ReactionBarState, styles: ReactionBarStyles): React.ReactElement | null {
  if (!state.visible) {
    return null;
  }
  return (
    <div className={styles.reactionBar}>
      {state.reactions.length > 0 && (
        <ul className={styles.reactions} aria-label={strings.ReactionsLabel}>
          {state.reactions.map((reaction) => renderReaction(state, styles, reaction))}
        </ul>
      )}
      <Button
        ref={state.picker.buttonRef}
        appearance="transparent"
        size="small"
        className={styles.add}
        icon={<EmojiAddRegular />}
        aria-label={strings.AddReaction}
        title={strings.AddReaction}
        aria-haspopup="dialog"
        aria-expanded={state.picker.open}
        onClick={state.picker.onOpen}
      />
      <span role="status" className={state.status.failed ? styles.failure : styles.hidden}>
        {state.status.text}
      </span>
      {renderPopups(state)}
    </div>
  );
}
