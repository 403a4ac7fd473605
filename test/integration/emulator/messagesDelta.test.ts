import { emulatorPerFile } from '../../support/emulatorPerFile';
import { allPages, generalMessagesPath, ids, type ListedMessage } from './channelHelpers';
import { DAAN, errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

// These contract tests page faster than Graph's 4 requests a second per channel; throttling has its own suite.
beforeAll(async () => emulator.setThrottling({ channelMessages: false }));

const DAY_MS = 86_400_000;

/** Milliseconds since the same time eight calendar months ago. */
function eightMonthsMs(): number {
  const start = new Date();
  start.setUTCMonth(start.getUTCMonth() - 8);
  return Date.now() - start.getTime();
}

describe('GET …/messages/delta', () => {
  it('returns root messages of the last eight months in $top pages, then a deltaLink', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    const first = await graph(`${base}/delta?$top=7`);
    expect(first.status).toBe(200);
    expect(String(first.body['@odata.context'])).toMatch(/\$metadata#Collection\(chatMessage\)$/);
    expect(first.body['@odata.deltaLink']).toBeUndefined();
    expect((first.body.value as unknown[]).length).toBe(7);
    const { items, last, pages } = await allPages(graph, `${base}/delta?$top=7`);
    expect(pages).toBeGreaterThan(3);
    expect(String(last['@odata.deltaLink'])).toContain('/messages/delta?$deltatoken=');
    expect(last['@odata.nextLink']).toBeUndefined();
    expect(new Set(ids(items)).size).toBe(items.length);
    expect(
      items.every(
        (m) =>
          m.replyToId === null &&
          (m as unknown as Record<string, unknown>)['@odata.type'] === '#microsoft.graph.chatMessage'
      )
    ).toBe(true);
    expect(items.every((m) => Date.now() - Date.parse(m.createdDateTime) <= eightMonthsMs())).toBe(true);
    const listed = await allPages(graph, `${base}?$top=50`);
    const olderThanWindow = listed.items.filter(
      (m) => Date.now() - Date.parse(m.createdDateTime) > eightMonthsMs() + 2 * DAY_MS
    );
    expect(olderThanWindow.length).toBeGreaterThan(0);
    expect(ids(items).some((id) => olderThanWindow.some((m) => m.id === id))).toBe(false);
    const recent = listed.items.filter(
      (m) => Date.now() - Date.parse(m.createdDateTime) < eightMonthsMs() - 2 * DAY_MS
    );
    expect(recent.every((m) => ids(items).includes(m.id))).toBe(true);
  });

  it('answers, through the deltaLink, only the roots changed since: a new post, a reply, a reaction, a soft delete', async () => {
    const { base } = await generalMessagesPath(graph, 'Toetsing en beoordeling');
    const round = await allPages(graph, `${base}/delta?$top=50`);
    const deltaLink = String(round.last['@odata.deltaLink']);
    const unchanged = await graph(deltaLink);
    expect(unchanged.body.value).toEqual([]);
    expect(String(unchanged.body['@odata.deltaLink'])).toContain('$deltatoken=');

    const [replied, reacted, reactedOnReply] = round.items.filter((m) => m.messageType === 'message').slice(-3);
    const posted = await graph(base, {
      method: 'POST',
      body: JSON.stringify({ body: { content: 'Nieuw bericht voor delta' } })
    });
    await graph(`${base}/${replied.id}/replies`, {
      user: DAAN,
      method: 'POST',
      body: JSON.stringify({ body: { content: 'Een antwoord' } })
    });
    await graph(`${base}/${reacted.id}/setReaction`, { method: 'POST', body: JSON.stringify({ reactionType: '👍' }) });
    const replies = await graph(`${base}/${reactedOnReply.id}/replies?$top=1`);
    const reply = (replies.body.value as ListedMessage[])[0];
    if (reply) {
      await graph(`${base}/${reactedOnReply.id}/replies/${reply.id}/setReaction`, {
        method: 'POST',
        body: JSON.stringify({ reactionType: 'heart' })
      });
    }
    const changes = await allPages(graph, deltaLink);
    const expected = [posted.body.id, replied.id, reacted.id, ...(reply ? [reactedOnReply.id] : [])];
    expect(ids(changes.items).sort()).toEqual([...expected].map(String).sort());
    const repliedNow = changes.items.find((m) => m.id === replied.id);
    expect(Date.parse(String(repliedNow?.lastModifiedDateTime))).toBeGreaterThan(
      Date.parse(replied.lastModifiedDateTime)
    );

    const next = String(changes.last['@odata.deltaLink']);
    expect((await graph(`${base}/${String(posted.body.id)}/softDelete`, { method: 'POST' })).status).toBe(204);
    const afterDelete = await allPages(graph, next);
    expect(ids(afterDelete.items)).toEqual([String(posted.body.id)]);
    expect(afterDelete.items[0].deletedDateTime).not.toBeNull();
    expect(afterDelete.items[0].body.content).toBe('');
  });

  it('supports $filter=lastModifiedDateTime gt <date> and $expand=replies, and refuses other filters with 400', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    const all = await allPages(graph, `${base}/delta?$top=50`);
    const sorted = all.items.map((m) => m.lastModifiedDateTime).sort();
    const cut = sorted[Math.floor(sorted.length / 2)];
    const filtered = await allPages(graph, `${base}/delta?$filter=lastModifiedDateTime gt ${cut}&$top=50`);
    expect(filtered.items.length).toBeGreaterThan(0);
    expect(filtered.items.length).toBeLessThan(all.items.length);
    expect(filtered.items.every((m) => m.lastModifiedDateTime > cut)).toBe(true);
    const expanded = await graph(`${base}/delta?$top=5&$expand=replies`);
    expect(
      (expanded.body.value as ListedMessage[]).every(
        (m) => Array.isArray(m.replies) && m.replies.every((r) => r.replyToId === m.id)
      )
    ).toBe(true);
    for (const filter of [
      'createdDateTime gt 2024-01-01T00:00:00Z',
      'lastModifiedDateTime lt 2024-01-01T00:00:00Z',
      "lastModifiedDateTime gt '2024'",
      'lastModifiedDateTime gt 2024-01-01T00:00:00Z and id eq 1'
    ]) {
      const refused = await graph(`${base}/delta?$filter=${encodeURIComponent(filter)}`);
      expect(refused.status).toBe(400);
      expect(errorCode(refused)).toBe('BadRequest');
    }
    for (const bad of ['$top=51', '$orderby=createdDateTime', '$skiptoken=nonsense', '$deltatoken=nonsense']) {
      expect((await graph(`${base}/delta?${bad}`)).status).toBe(400);
    }
  });
});
