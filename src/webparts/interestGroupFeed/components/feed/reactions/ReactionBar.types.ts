import type * as React from 'react';
import type { Post, Reply } from '../../../../../model/feed/Post';
import type { ShownReaction } from './reactionView';

export interface ReactionBarProps {
  /** The post or reply whose reactions these are. */
  message: Post | Reply;
  /** The thread it is in: the people it names (authors, mentions) need no lookup when they reacted. */
  thread: Post;
}

/** Hover and focus handlers of one reaction, which open the list of who gave it. */
export interface WhoReactedHandlers {
  onMouseEnter: React.MouseEventHandler<HTMLElement>;
  onMouseLeave: React.MouseEventHandler<HTMLElement>;
  onFocus: React.FocusEventHandler<HTMLElement>;
  onBlur: React.FocusEventHandler<HTMLElement>;
  onKeyDown: React.KeyboardEventHandler<HTMLElement>;
}

/** The list of who gave a reaction, next to the reaction it belongs to. */
export interface WhoReactedState {
  /** The reaction whose list is open. */
  reaction?: ShownReaction;
  anchor: HTMLElement | null;
  /** The list's element id, which describes the reaction while it is open. */
  id: string;
  handlersFor: (emoji: string) => WhoReactedHandlers;
  /** Keeps the list open while the pointer is over it, so it can be read. */
  surfaceHandlers: Pick<WhoReactedHandlers, 'onMouseEnter' | 'onMouseLeave'>;
  dismiss: () => void;
}

/** The six reactions to choose from, opened by "Add reaction". */
export interface ReactionPickerState {
  open: boolean;
  buttonRef: React.RefObject<HTMLButtonElement>;
  onOpen: () => void;
  /** Closes it and gives focus back to "Add reaction". */
  onDismiss: () => void;
  onPick: (emoji: string) => void;
}

export interface ReactionBarState {
  /** False for a deleted message, which takes no reactions. */
  visible: boolean;
  reactions: ShownReaction[];
  toggle: (reaction: ShownReaction) => void;
  /** The last change, said politely; `failed` shows it as well. */
  status: { text: string; failed: boolean };
  viewerId: string;
  thread: Post;
  who: WhoReactedState;
  picker: ReactionPickerState;
}
