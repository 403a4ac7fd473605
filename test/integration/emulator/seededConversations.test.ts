import { emulatorPerFile } from '../../support/emulatorPerFile';
import { allPages, generalMessagesPath, type ListedMessage } from './channelHelpers';
import { rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

// Reads whole channels at once, faster than Graph's 4 requests a second per channel; throttling has its own suite.
beforeAll(async () => emulator.setThrottling({ channelMessages: false }));

const IMAGE_SRC = /<img src="([^"]+\/hostedContents\/([^/"]+)\/\$value)"/;

async function channelWithReplies(name: string): Promise<{ base: string; threads: ListedMessage[] }> {
  const { base } = await generalMessagesPath(graph, name);
  const listed = await allPages(graph, `${base}?$top=50&$expand=replies`);
  return { base, threads: listed.items };
}

describe('seeded conversations', () => {
  it('have long threads, mentions with <at> tags, reference attachments and reactions', async () => {
    const { threads } = await channelWithReplies('AI in het onderwijs');
    const replyCounts = threads.map((t) => t.replies?.length ?? 0);
    expect(Math.max(...replyCounts)).toBeGreaterThanOrEqual(20);
    const mentioning = threads.flatMap((t) => [t, ...(t.replies ?? [])]).filter((m) => m.mentions.length > 0);
    expect(mentioning.length).toBeGreaterThan(3);
    expect(
      mentioning.every((m) => m.mentions.every((mention) => m.body.content.includes(`<at id="${mention.id}">`)))
    ).toBe(true);
    const withReference = threads.filter((t) => t.attachments.some((a) => a.contentType === 'reference'));
    expect(withReference.length).toBeGreaterThan(0);
    for (const message of withReference) {
      for (const attachment of message.attachments) {
        expect(message.body.content).toContain(`<attachment id="${attachment.id}"></attachment>`);
        expect(attachment.contentUrl).toMatch(/^https:\/\/intranet\.hogeschool\.example\/sites\/intranet\//);
        expect(attachment.name).toMatch(/\.(pdf|docx|xlsx|pptx)$/);
      }
    }
    expect(threads.some((t) => t.reactions.length > 0)).toBe(true);
  });

  it('include system event messages, shown as systemEventMessage only with Prefer: include-unknown-enum-members', async () => {
    const { base } = await generalMessagesPath(graph, 'Toetsing en beoordeling');
    const plain = await allPages(graph, `${base}?$top=50`);
    const events = plain.items.filter((m) => m.eventDetail !== null);
    expect(events.length).toBeGreaterThan(0);
    expect(
      events.every(
        (m) => m.messageType === 'unknownFutureValue' && m.from === null && m.body.content === '<systemEventMessage/>'
      )
    ).toBe(true);
    const preferred = await graph(`${base}/${events[0].id}`, { headers: { Prefer: 'include-unknown-enum-members' } });
    expect(preferred.body.messageType).toBe('systemEventMessage');
    expect(String((preferred.body.eventDetail as Record<string, unknown>)['@odata.type'])).toMatch(
      /^#microsoft\.graph\.\w+EventMessageDetail$/
    );
  });

  it('host images: the body links …/hostedContents/{id}/$value, which answers PNG bytes to a signed-in caller', async () => {
    const { base } = await generalMessagesPath(graph, 'Toetsing en beoordeling');
    const listed = await allPages(graph, `${base}?$top=50`);
    const post = listed.items.find((m) => IMAGE_SRC.test(m.body.content));
    expect(post).toBeDefined();
    const [, src, contentId] = IMAGE_SRC.exec(String(post?.body.content)) as RegExpExecArray;
    expect(src.startsWith(`${emulator.graphUrl}/teams/`)).toBe(true);
    const list = await graph(`${base}/${String(post?.id)}/hostedContents`);
    expect(list.body.value).toEqual([{ id: contentId, contentBytes: null, contentType: null }]);
    const image = await fetch(src, { headers: { Authorization: `Bearer ${await emulator.token()}` } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect((await fetch(src)).status).toBe(401);
    expect((await graph(`${base}/${String(post?.id)}/hostedContents/nope/$value`)).status).toBe(404);
  });
});
