import * as React from 'react';
import { useHost } from '../../../../../host/HostContext';
import type { MessageRef } from '../../../../../services/composer/ComposerService';
import { useServices } from '../../../../../services/ServicesContext';
import type { ReactionBarProps, ReactionBarState } from './ReactionBar.types';
import { messageKey, reactionStoreFor, type MessageReactions, type ReactionStore } from './reactionStore';
import { outcomeText } from './reactionText';
import { reactionKey, shownReactions, withMyReactions } from './reactionView';
import { useReactionPicker } from './useReactionPicker';
import { useWhoReacted } from './useWhoReacted';

/** The store's entry for a message, rendering again whenever it changes. */
function useMessageReactions(store: ReactionStore, key: string): MessageReactions {
  const [, changed] = React.useReducer((count: number) => count + 1, 0);
  const current = store.get(key);
  const rendered = React.useRef(current);
  rendered.current = current;
  React.useEffect(() => {
    const unsubscribe = store.subscribe(key, changed);
    // A change between the render and the subscription would otherwise go unseen.
    if (store.get(key) !== rendered.current) changed();
    return unsubscribe;
  }, [store, key]);
  return current;
}

/** Props to state for `ReactionBar`: Graph's reactions with mine as I changed them, and the two popups. */
export function useReactionBar({ message, thread }: ReactionBarProps): ReactionBarState {
  const services = useServices();
  const { user } = useHost();
  // Without the host's id, Graph's answers cannot mark any reaction as mine either.
  const viewerId = user.id ?? '';
  const store = reactionStoreFor(services, user.loginName);
  const postId = 'postId' in message ? message.postId : undefined;
  const ref = React.useMemo<MessageRef>(
    () => ({ groupId: message.groupId, channelId: message.channelId, messageId: message.id, postId }),
    [message.groupId, message.channelId, message.id, postId]
  );
  const key = messageKey(ref);
  const mine = useMessageReactions(store, key);
  const graph = React.useMemo(() => shownReactions(message.reactions), [message.reactions]);
  React.useEffect(() => store.settle(key, graph), [store, key, graph]);
  const reactions = React.useMemo(() => withMyReactions(graph, mine.wishes, viewerId), [graph, mine.wishes, viewerId]);

  const toggle = React.useCallback(
    (emoji: string) => {
      const wanted = reactionKey(emoji);
      const graphMine = graph.some((reaction) => reaction.mine && reactionKey(reaction.emoji) === wanted);
      store.toggle(ref, emoji, graphMine);
    },
    [graph, store, ref]
  );

  return {
    visible: !message.deleted,
    reactions,
    toggle: (reaction) => toggle(reaction.emoji),
    status: { text: outcomeText(mine.outcome), failed: mine.outcome?.kind === 'failed' },
    viewerId,
    thread,
    who: useWhoReacted(reactions),
    picker: useReactionPicker(toggle)
  };
}
