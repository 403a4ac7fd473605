import type { Post, Reply } from './Post';
import { threadsWithSent } from './sentMessages';
import { testPost, testReply } from './testPosts';

const post = (id: string, lastActivity: string, replies: Reply[] = []): Post =>
  testPost(id, lastActivity, { replies, replyCount: replies.length });

const reply = (id: string, postId: string, created: string): Reply => testReply(id, created, { postId });

describe('threadsWithSent', () => {
  const older = post('older', '2026-12-03T09:00:00Z');
  const newer = post('newer', '2026-12-03T10:00:00Z');

  it('puts a new post first, as its thread has the newest activity', () => {
    const sent = post('sent', '2026-12-03T11:00:00Z');
    expect(threadsWithSent([newer, older], sent)?.map((p) => p.id)).toEqual(['sent', 'newer', 'older']);
  });

  it('adds a reply at the end of its thread, counts it and moves the thread up', () => {
    const answer = reply('r1', 'older', '2026-12-03T11:00:00Z');
    const threads = threadsWithSent([newer, older], answer) as Post[];
    expect(threads.map((p) => p.id)).toEqual(['older', 'newer']);
    expect(threads[0].replies.map((r) => r.id)).toEqual(['r1']);
    expect(threads[0].replyCount).toBe(1);
    expect(threads[0].lastActivity).toBe('2026-12-03T11:00:00Z');
  });

  it('never adds the same message twice', () => {
    const answer = reply('r1', 'older', '2026-12-03T11:00:00Z');
    const once = threadsWithSent([newer, older], answer) as Post[];
    expect(threadsWithSent(once, answer)?.[0].replyCount).toBe(1);
    expect(threadsWithSent([newer], newer)).toHaveLength(1);
  });

  it('answers undefined for a reply whose thread is not loaded', () => {
    expect(threadsWithSent([newer], reply('r1', 'elsewhere', '2026-12-03T11:00:00Z'))).toBeUndefined();
  });
});
