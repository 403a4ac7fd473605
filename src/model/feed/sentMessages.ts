import type { Post, Reply } from './Post';

/** Where a message just sent goes among a channel's threads (see `threadsWithSent`). */
export type PlaceSent = (posts: readonly Post[], message: Post | Reply) => Post[] | undefined;

const byActivity = (a: Post, b: Post): number => b.lastActivity.localeCompare(a.lastActivity);

const later = (a: string, b: string): string => (a.localeCompare(b) >= 0 ? a : b);

/**
 * A channel's threads with a message the signed-in user just sent put in, as the next read would show it: a new
 * post as a thread of its own, a reply at the end of its thread (counted, the thread's activity moved on); newest
 * activity first. A message already there is not added twice. Undefined when a reply's thread is not among them.
 */
export function threadsWithSent(posts: readonly Post[], message: Post | Reply): Post[] | undefined {
  if (!('postId' in message)) {
    if (posts.some((post) => post.id === message.id)) return [...posts];
    return [...posts, message].sort(byActivity);
  }
  const thread = posts.find((post) => post.id === message.postId);
  if (!thread) return undefined;
  if (thread.replies.some((reply) => reply.id === message.id)) return [...posts];
  const updated: Post = {
    ...thread,
    replies: [...thread.replies, message],
    replyCount: thread.replyCount + 1,
    lastActivity: later(thread.lastActivity, message.created)
  };
  return posts.map((post) => (post.id === thread.id ? updated : post)).sort(byActivity);
}
