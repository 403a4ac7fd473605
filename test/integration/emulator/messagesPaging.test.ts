import { emulatorPerFile } from '../../support/emulatorPerFile';
import { allPages, generalMessagesPath, ids, type ListedMessage } from './channelHelpers';
import { DAAN, errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

// These contract tests page faster than Graph's 4 requests a second per channel; throttling has its own suite.
beforeAll(async () => emulator.setThrottling({ channelMessages: false }));

describe('paging channel messages and replies', () => {
  it('neither skips nor repeats a thread when replies, reactions and posts arrive between pages', async () => {
    const { base } = await generalMessagesPath(graph, 'Toetsing en beoordeling');
    const before = await allPages(graph, `${base}?$top=50`);
    let next: string | undefined = `${base}?$top=10`;
    const seen: ListedMessage[] = [];
    let page = 0;
    while (next) {
      const answer = await graph(next);
      seen.push(...(answer.body.value as ListedMessage[]));
      next = answer.body['@odata.nextLink'] as string | undefined;
      expect(next === undefined || /\$skiptoken=/.test(next)).toBe(true);
      const later = before.items[Math.min(before.items.length - 1, (page + 2) * 10 + 3)];
      const earlier = seen[0];
      await graph(`${base}/${later.id}/replies`, {
        user: DAAN,
        method: 'POST',
        body: JSON.stringify({ body: { content: `Reactie ${page}` } })
      });
      await graph(`${base}/${earlier.id}/setReaction`, {
        user: DAAN,
        method: 'POST',
        body: JSON.stringify({ reactionType: 'like' })
      });
      await graph(base, { method: 'POST', body: JSON.stringify({ body: { content: `Nieuw ${page}` } }) });
      page++;
    }
    expect(new Set(ids(seen)).size).toBe(seen.length);
    expect(ids(seen).sort()).toEqual(ids(before.items).sort());
    const after = await graph(`${base}?$top=5`);
    expect(String((after.body.value as ListedMessage[])[0].body.content)).toMatch(/^Nieuw/);
  });

  it('pages replies newest first without repeating any when new replies arrive', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    const threads = await allPages(graph, `${base}?$top=50&$expand=replies`);
    const thread = threads.items
      .map((m) => ({ id: m.id, count: m.replies?.length ?? 0 }))
      .sort((a, b) => b.count - a.count)[0];
    expect(thread.count).toBeGreaterThan(20);
    let next: string | undefined = `${base}/${thread.id}/replies?$top=7`;
    const seen: ListedMessage[] = [];
    while (next) {
      const answer = await graph(next);
      seen.push(...(answer.body.value as ListedMessage[]));
      next = answer.body['@odata.nextLink'] as string | undefined;
      await graph(`${base}/${thread.id}/replies`, {
        method: 'POST',
        body: JSON.stringify({ body: { content: 'Nog een reactie' } })
      });
    }
    expect(seen.length).toBe(thread.count);
    expect(new Set(ids(seen)).size).toBe(seen.length);
    const created = seen.map((r) => r.createdDateTime);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('expands replies as the replies endpoint lists them and limits $top to 50', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    const page = await graph(`${base}?$top=50&$expand=replies`);
    const withMost = (page.body.value as ListedMessage[]).sort(
      (a, b) => (b.replies?.length ?? 0) - (a.replies?.length ?? 0)
    )[0];
    const listed = await allPages(graph, `${base}/${withMost.id}/replies?$top=50`);
    expect(ids(withMost.replies ?? [])).toEqual(ids(listed.items));
    for (const path of [`${base}?$top=51`, `${base}/${withMost.id}/replies?$top=51`, `${base}?$top=0`]) {
      const refused = await graph(path);
      expect(refused.status).toBe(400);
      errorCode(refused);
    }
    const badToken = await graph(`${base}?$skiptoken=abc`);
    expect(badToken.status).toBe(400);
    expect(errorCode(badToken)).toBe('BadRequest');
  });
});
