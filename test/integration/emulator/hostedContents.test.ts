import { emulatorPerFile } from '../../support/emulatorPerFile';
import { allPages, generalMessagesPath } from './channelHelpers';
import { errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

/** A 1×1 PNG, base64 as "Send chatMessage" (example 5) sends it in `contentBytes`. */
const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const IMAGE_SRC = /<img[^>]* src="([^"]+\/hostedContents\/([^/"]+)\/\$value)"/;

async function bytesAt(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${await emulator.token()}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer())
  };
}

function inlineImageMessage(text: string, temporaryId = '1'): Record<string, unknown> {
  return {
    body: {
      contentType: 'html',
      content: `<div><p>${text}</p><img height="1" src="../hostedContents/${temporaryId}/$value" width="1"></div>`
    },
    hostedContents: [{ '@microsoft.graph.temporaryId': temporaryId, contentBytes: PIXEL_PNG, contentType: 'image/png' }]
  };
}

beforeAll(async () => emulator.setThrottling({ channelMessages: false }));

describe('hosted contents of channel messages', () => {
  it('lists and gets a seeded image without its bytes, and serves the bytes at $value', async () => {
    const { base } = await generalMessagesPath(graph, 'Toetsing en beoordeling');
    const post = (await allPages(graph, `${base}?$top=50`)).items.find((m) => IMAGE_SRC.test(m.body.content));
    const [, src, contentId] = IMAGE_SRC.exec(String(post?.body.content)) as RegExpExecArray;
    const list = await graph(`${base}/${String(post?.id)}/hostedContents`);
    expect(list.status).toBe(200);
    expect(String(list.body['@odata.context'])).toMatch(/\/hostedContents$/);
    expect(list.body.value).toEqual([{ id: contentId, contentBytes: null, contentType: null }]);
    const one = await graph(`${base}/${String(post?.id)}/hostedContents/${contentId}`);
    expect(one.body).toMatchObject({ id: contentId, contentBytes: null, contentType: null });
    const image = await bytesAt(src);
    expect(image).toMatchObject({ status: 200, type: 'image/png' });
    expect(image.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const missing = await graph(`${base}/${String(post?.id)}/hostedContents/nope`);
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('NotFound');
  });

  it('stores an inline image sent with a new message and points the body at its $value', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    const posted = await graph(base, { method: 'POST', body: JSON.stringify(inlineImageMessage('Zie de foto')) });
    expect(posted.status).toBe(201);
    const content = String((posted.body.body as { content: string }).content);
    expect(content).not.toContain('../hostedContents/');
    const [, src, contentId] = IMAGE_SRC.exec(content) as RegExpExecArray;
    expect(src).toBe(
      `${emulator.graphUrl}${decodeURIComponent(base)}/${String(posted.body.id)}/hostedContents/${contentId}/$value`
    );
    const listed = await graph(`${base}/${String(posted.body.id)}/hostedContents`);
    expect(listed.body.value).toEqual([{ id: contentId, contentBytes: null, contentType: null }]);
    const image = await bytesAt(
      `${emulator.graphUrl}${base}/${String(posted.body.id)}/hostedContents/${contentId}/$value`
    );
    expect(image).toMatchObject({ status: 200, type: 'image/png' });
    expect(image.bytes.equals(Buffer.from(PIXEL_PNG, 'base64'))).toBe(true);
    const read = await graph(`${base}/${String(posted.body.id)}`);
    expect(String((read.body.body as { content: string }).content)).toBe(content);
  });

  it('stores an inline image sent with a reply, under the reply', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    const [root] = (await graph(`${base}?$top=1`)).body.value as Array<{ id: string }>;
    const posted = await graph(`${base}/${root.id}/replies`, {
      method: 'POST',
      body: JSON.stringify(inlineImageMessage('Hier de grafiek', 'grafiek'))
    });
    expect(posted.status).toBe(201);
    const [, src, contentId] = IMAGE_SRC.exec(
      String((posted.body.body as { content: string }).content)
    ) as RegExpExecArray;
    expect(src).toContain(`/messages/${root.id}/replies/${String(posted.body.id)}/hostedContents/${contentId}/$value`);
    const image = await bytesAt(src);
    expect(image.bytes.equals(Buffer.from(PIXEL_PNG, 'base64'))).toBe(true);
  });

  it('refuses hosted contents the body does not reference, or without image bytes, with a Graph 400', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    const unreferenced = inlineImageMessage('Geen verwijzing');
    (unreferenced.body as { content: string }).content = '<p>Geen afbeelding</p>';
    const noBytes = inlineImageMessage('Geen bytes');
    (noBytes.hostedContents as Array<Record<string, unknown>>)[0].contentBytes = '';
    for (const body of [unreferenced, noBytes]) {
      const refused = await graph(base, { method: 'POST', body: JSON.stringify(body) });
      expect(refused.status).toBe(400);
      expect(errorCode(refused)).toBe('BadRequest');
    }
  });
});
