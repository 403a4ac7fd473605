import { servicesFor } from '../../support/kringServices';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { allPages, generalMessagesPath, ids, type ListedMessage } from './channelHelpers';
import { ANNE, errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);
const REPLIES = 1_060;

interface Thread {
  base: string;
  teamId: string;
  channelId: string;
  id: string;
}

let thread: Thread;

// Paging through 1,060 replies takes 22 requests on one channel, past Graph's 4 a second; throttling has its suite.
beforeAll(async () => {
  await emulator.setThrottling({ channelMessages: false });
  const { base, teamId } = await generalMessagesPath(graph, 'AI in het onderwijs');
  const created = await emulator.createThread(teamId, REPLIES);
  thread = { base, ...created };
});

describe('a thread with more than 1,000 replies', () => {
  it('expands at most 1,000 replies with the message, newest first, with a link to the rest', async () => {
    const page = await graph(`${thread.base}?$top=5&$expand=replies`);
    expect(page.status).toBe(200);
    const root = (page.body.value as Array<ListedMessage & Record<string, unknown>>).find((m) => m.id === thread.id);
    expect(root?.replies).toHaveLength(1_000);
    const created = (root?.replies ?? []).map((reply) => reply.createdDateTime);
    expect([...created].sort().reverse()).toEqual(created);
    expect(root?.replies?.[0].body.content).toBe(`<p>Reactie ${REPLIES}</p>`);
    expect(String(root?.['replies@odata.nextLink'])).toContain(`/messages/${thread.id}/replies?`);
  });

  it('pages the replies 50 at a time through @odata.nextLink, none skipped or repeated', async () => {
    const listed = await allPages(graph, `${thread.base}/${thread.id}/replies?$top=50`);
    expect(listed.pages).toBe(Math.ceil(REPLIES / 50));
    expect(listed.items).toHaveLength(REPLIES);
    expect(new Set(ids(listed.items)).size).toBe(REPLIES);
    const texts = listed.items.map((reply) => reply.body.content);
    expect(texts[0]).toBe(`<p>Reactie ${REPLIES}</p>`);
    expect(texts[REPLIES - 1]).toBe('<p>Reactie 1</p>');
    expect(listed.items.every((reply) => reply.replyToId === thread.id)).toBe(true);
  });

  it('refuses $top above 50 on replies, the documented maximum, with a Graph 400', async () => {
    const refused = await graph(`${thread.base}/${thread.id}/replies?$top=51`);
    expect(refused.status).toBe(400);
    expect(errorCode(refused)).toMatch(/\S/);
    expect(String((refused.body.error as { message: string }).message)).toMatch(/between 1 and 50/);
  });

  it("is read whole by the product's FeedService.getReplies, oldest first", async () => {
    const feed = servicesFor(emulator, ANNE).feed;
    const replies = await feed.getReplies({ groupId: thread.teamId, channelId: thread.channelId }, thread.id);
    expect(replies).toHaveLength(REPLIES);
    expect(new Set(replies.map((reply) => reply.id)).size).toBe(REPLIES);
    expect(replies[0].postId).toBe(thread.id);
    const created = replies.map((reply) => reply.created);
    expect([...created].sort()).toEqual(created);
  });
});
