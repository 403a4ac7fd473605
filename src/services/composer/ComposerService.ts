import type { OutgoingMessage } from '../../model/composer/Draft';
import type { ChannelRef } from '../../model/feed/mergedFeed';
import type { Post, Reply } from '../../model/feed/Post';

/** A message of a channel: a post, or a reply of the post `postId`. */
export interface MessageRef extends ChannelRef {
  messageId: string;
  /** The thread's post, for a reply; undefined for a post. */
  postId?: string;
}

/**
 * Writing to interest groups' channels as the signed-in user: posts, replies and reactions. A post or reply is sent
 * once, never retried by the client (a retry after a lost answer could post it twice; see `sendDraft`).
 */
export interface ComposerService {
  /** Posts a new message in the channel and answers it as Graph stored it. */
  post(channel: ChannelRef, message: OutgoingMessage): Promise<Post>;
  /** Replies to a post. */
  reply(channel: ChannelRef, postId: string, message: OutgoingMessage): Promise<Reply>;
  /** Adds the user's reaction, a Unicode emoji such as 👍 (or the reaction type the message already carries). */
  setReaction(message: MessageRef, reactionType: string): Promise<void>;
  /** Takes the user's reaction away again. */
  unsetReaction(message: MessageRef, reactionType: string): Promise<void>;
  /** The channel's posts created since `since` (ISO time), read from its newest activity back. */
  recentPosts(channel: ChannelRef, since: string): Promise<Post[]>;
  /** The thread's replies created since `since`. */
  recentReplies(channel: ChannelRef, postId: string, since: string): Promise<Reply[]>;
}
