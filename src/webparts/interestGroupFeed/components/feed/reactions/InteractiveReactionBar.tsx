import * as React from 'react';
import { usePostCardStyles } from '../usePostCardStyles';
import type { ReactionBarProps } from './ReactionBar.types';
import { renderReactionBar } from './renderReactionBar';
import { useReactionBar } from './useReactionBar';
import { useReactionBarStyles } from './useReactionBarStyles';

/**
 * The reactions as toggles and "Add reaction": my change shows at once and is undone, with a message, when Graph
 * refuses it; pointing at or focusing a reaction lists who gave it.
 */
export function InteractiveReactionBar(props: ReactionBarProps): React.ReactElement | null {
  const state = useReactionBar(props);
  const { reactionBar, reactions } = usePostCardStyles();
  const styles = useReactionBarStyles();
  return renderReactionBar(state, { ...styles, reactionBar, reactions });
}
