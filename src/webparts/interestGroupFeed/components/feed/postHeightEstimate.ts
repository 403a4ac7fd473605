import type { MessageBase, Post } from '../../../../model/feed/Post';

/**
 * How tall a thread's card will be before it is rendered, from what it holds: the virtualiser places unmeasured
 * threads with this, so the closer it is, the less the feed's length and the threads around the reader shift as
 * threads are measured. Pixel sizes follow `usePostCardStyles` and Fluent's type ramp.
 */
const ROW_GAP = 12;
const CARD_FRAME = 2 * 12 + 2;
const CARD_GAP = 8;
const HEADER = 28;
const SUBJECT = 22;
const FOOTER = 24;
const THREAD_ACTION = 24;
const REPLIES_INDENT = 16 + 2;
const REPLY_GAP = 8;
const REPLY_PART_GAP = 2;
/** Every reply has its reaction row (with "Add reaction"), whether or not it has reactions yet. */
const REACTIONS = 24;
/** The thread's "Reply" button. */
const REPLY_ACTION = 24;
const LINE = 20;
const PARAGRAPH_GAP = 8;
const ATTACHMENT = 32;
const SYSTEM_LINE = 20;
/** The average advance of a character of body text (14 px Segoe UI and its fallbacks). */
const CHARACTER_WIDTH = 7;
/** Used until the feed knows its own width. */
export const DEFAULT_ROW_WIDTH = 640;

const BLOCK_END = /<\/(?:p|div|li|h[1-6]|blockquote|pre|tr)>|<br\s*\/?>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#\d+|#x[\da-f]+|\w+);/gi;

/** The body's lines of text at a width; tags are only counted past here, never rendered. */
function bodyHeight(message: MessageBase, width: number): number {
  if (message.deleted) {
    return LINE;
  }
  const perLine = Math.max(8, Math.floor(width / CHARACTER_WIDTH));
  const blocks = message.bodyIsHtml
    ? message.untrustedHtml.split(BLOCK_END).map((block) => block.replace(TAG, '').replace(ENTITY, '_').trim())
    : message.untrustedHtml.split('\n');
  const paragraphs = blocks.filter((block) => block.length > 0);
  const lines = paragraphs.reduce((sum, block) => sum + Math.ceil(block.length / perLine), 0);
  const gaps = Math.max(0, paragraphs.length - 1) * PARAGRAPH_GAP;
  return lines * LINE + gaps + message.attachments.length * ATTACHMENT;
}

function repliesHeight(post: Post, width: number): number {
  if (post.replyCount === 0) {
    return 0;
  }
  const replyWidth = width - REPLIES_INDENT;
  const replies = post.replies.reduce(
    (sum, reply) => sum + HEADER + REPLY_PART_GAP + bodyHeight(reply, replyWidth) + REPLY_PART_GAP + REACTIONS,
    0
  );
  const gaps = Math.max(0, post.replies.length - 1) * REPLY_GAP;
  const action = post.replyCount > post.replies.length ? THREAD_ACTION + CARD_GAP : 0;
  return CARD_GAP + action + replies + gaps;
}

/** The estimated height in pixels of a thread's row in a feed whose rows are `rowWidth` wide. */
export function estimatePostHeight(post: Post, rowWidth: number = DEFAULT_ROW_WIDTH): number {
  if (post.systemEvent) {
    return SYSTEM_LINE + ROW_GAP;
  }
  const width = Math.max(120, rowWidth - CARD_FRAME);
  const parts = [HEADER, post.subject ? SUBJECT : 0, bodyHeight(post, width), FOOTER].filter((part) => part > 0);
  const card = parts.reduce((sum, part) => sum + part, 0) + (parts.length - 1) * CARD_GAP;
  return Math.round(CARD_FRAME + card + repliesHeight(post, width) + CARD_GAP + REPLY_ACTION + ROW_GAP);
}

/**
 * `estimatePostHeight`, remembered per post for the latest width: a feed that grows by a page of threads
 * estimates only the new ones.
 */
export function createHeightEstimator(): (post: Post, rowWidth: number) => number {
  let width = 0;
  let heights = new WeakMap<Post, number>();
  return (post, rowWidth) => {
    if (rowWidth !== width) {
      width = rowWidth;
      heights = new WeakMap();
    }
    let height = heights.get(post);
    if (height === undefined) {
      height = estimatePostHeight(post, rowWidth);
      heights.set(post, height);
    }
    return height;
  };
}
