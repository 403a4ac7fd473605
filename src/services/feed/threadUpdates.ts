import { lastActivityOf } from '../../model/feed/graphMessage';
import type { Post } from '../../model/feed/Post';

/** Replies a feed shows under a post before "show all replies". */
export const LATEST_REPLIES = 3;

/** A post with only its latest replies kept (the count stays whole): pages stay small in memory and storage. */
export function keepLatestReplies(post: Post): Post {
  if (post.replies.length <= LATEST_REPLIES) {
    return post;
  }
  const replies = post.replies.slice(-LATEST_REPLIES);
  return { ...post, replies, replyCount: post.replyCount, lastActivity: lastActivityOf(post) };
}

/**
 * A page with changed threads put in: a changed thread replaces its older version, a new one is added, a deleted
 * one stays as deleted (Teams shows "this message has been deleted"); newest activity first.
 */
export function applyChanges(posts: readonly Post[], changes: readonly Post[]): Post[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  for (const change of changes) {
    byId.set(change.id, change);
  }
  return [...byId.values()].sort((a, b) => b.lastActivity.localeCompare(a.lastActivity));
}
