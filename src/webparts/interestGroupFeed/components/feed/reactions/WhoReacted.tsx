import * as React from 'react';
import { Popover, PopoverSurface, Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { Post } from '../../../../../model/feed/Post';
import type { WhoReactedState } from './ReactionBar.types';
import { namesText, reactionName } from './reactionText';
import { reactorsShown, type ShownReaction } from './reactionView';
import { useReactionPopupStyles } from './useReactionPopupStyles';
import { useReactorNames } from './reactorNames';

/** Names at most this many people; the rest are counted. */
const MAX_NAMES = 10;

export interface WhoReactedProps {
  reaction: ShownReaction;
  viewerId: string;
  thread: Post;
  anchor: HTMLElement | null;
  id: string;
  surfaceHandlers: WhoReactedState['surfaceHandlers'];
  onDismiss: () => void;
}

function useNamesText(reaction: ShownReaction, viewerId: string, thread: Post): string {
  const shown = reactorsShown(reaction, viewerId, MAX_NAMES);
  const names = useReactorNames(shown.others, thread);
  if (!names) {
    return strings.ReactionNamesLoading;
  }
  const named = shown.others.map((id) => names.get(id) ?? '').filter((name) => name !== '');
  const unnamed = shown.others.length - named.length;
  return namesText([...(shown.me ? [strings.ReactionYou] : []), ...named], shown.more + unnamed);
}

/**
 * Who gave a reaction, in a tooltip next to it: it describes the reaction while it shows and never takes focus.
 * The names arrive after the tooltip, so they are announced when they do.
 */
export function WhoReacted(props: WhoReactedProps): React.ReactElement {
  const { reaction, anchor, id, surfaceHandlers, onDismiss } = props;
  const styles = useReactionPopupStyles();
  const text = useNamesText(reaction, props.viewerId, props.thread);
  return (
    <Popover
      open
      withArrow
      unstable_disableAutoFocus
      positioning={{ target: anchor, position: 'above' }}
      onOpenChange={(_, data) => !data.open && onDismiss()}
    >
      <PopoverSurface id={id} role="tooltip" className={styles.who} {...surfaceHandlers}>
        <Text weight="semibold" aria-hidden="true">
          <span className={styles.emoji}>{reaction.emoji}</span> {reactionName(reaction.emoji)}
        </Text>
        <Text aria-live="polite">{text}</Text>
      </PopoverSurface>
    </Popover>
  );
}
