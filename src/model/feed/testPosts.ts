import type { Post, Reply } from './Post';

export const GROUP_ID = '3a255cbf-d718-5afa-80d0-0b4427a3ce94';
export const CHANNEL_ID = '19:general@thread.tacv2';

export function testReply(id: string, created: string, overrides: Partial<Reply> = {}): Reply {
  return {
    id,
    postId: 'p1',
    groupId: GROUP_ID,
    channelId: CHANNEL_ID,
    author: { id: `author-${id}`, displayName: `Replier ${id}` },
    created,
    modified: created,
    untrustedHtml: `<p>Reply ${id}</p>`,
    bodyIsHtml: true,
    mentions: [],
    attachments: [],
    reactions: [],
    deleted: false,
    ...overrides
  };
}

export function testPost(id: string, lastActivity: string, overrides: Partial<Post> = {}): Post {
  return {
    id,
    groupId: GROUP_ID,
    channelId: CHANNEL_ID,
    author: { id: `author-${id}`, displayName: `Author ${id}` },
    created: lastActivity,
    modified: lastActivity,
    lastActivity,
    untrustedHtml: `<p>Post ${id}</p>`,
    bodyIsHtml: true,
    mentions: [],
    attachments: [],
    reactions: [],
    deleted: false,
    replies: [],
    replyCount: 0,
    ...overrides
  };
}
