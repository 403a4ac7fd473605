import { emulatorPerFile } from '../../support/emulatorPerFile';
import { allPages, generalMessagesPath, type ListedMessage } from './channelHelpers';
import { ANNE, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);
const GROUP = 'Toetsing en beoordeling';
const STORED_THEN_DROPPED = { statuses: [0], failureRate: 1, afterStore: true, count: 1 };

beforeAll(async () => {
  // These checks read a channel right after writing to it, faster than Graph's 4 requests a second per channel.
  await emulator.setThrottling({ channelMessages: false });
});

afterEach(async () => {
  await emulator.clearFaults();
});

/** The POST's answer read to its end: the fault cuts it off part way, so reading it fails. */
async function answerOf(post: Promise<Response>): Promise<string> {
  return (await post).text();
}

async function rawPost(path: string, content: string): Promise<Response> {
  return fetch(`${emulator.graphUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await emulator.token(ANNE)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ body: { contentType: 'html', content } })
  });
}

function withText(messages: readonly ListedMessage[], marker: string): ListedMessage[] {
  return messages.filter((message) => message.body.content.includes(marker));
}

describe('the "stored, then dropped" fault', () => {
  it('stores a posted message exactly once while the client gets its answer cut off', async () => {
    const { base } = await generalMessagesPath(graph, GROUP);
    const marker = `stored-then-dropped-${Date.now()}`;
    await emulator.setFaults(STORED_THEN_DROPPED);
    await expect(answerOf(rawPost(base, `<p>${marker}</p>`))).rejects.toThrow('terminated');
    const { items } = await allPages(graph, `${base}?$top=50`);
    expect(withText(items, marker)).toHaveLength(1);
    expect(withText(items, marker)[0].from?.user.id).toBeDefined();
  });

  it('stores a reply exactly once while the client gets its answer cut off', async () => {
    const { base } = await generalMessagesPath(graph, GROUP);
    const root = await graph(base, {
      method: 'POST',
      body: JSON.stringify({ body: { content: 'Vraag over toetsing' } })
    });
    expect(root.status).toBe(201);
    const marker = `reply-dropped-${Date.now()}`;
    await emulator.setFaults(STORED_THEN_DROPPED);
    await expect(answerOf(rawPost(`${base}/${String(root.body.id)}/replies`, marker))).rejects.toThrow('terminated');
    const replies = await allPages(graph, `${base}/${String(root.body.id)}/replies`);
    expect(withText(replies.items, marker)).toHaveLength(1);
  });

  it('uses up one request of count and then answers normally', async () => {
    const { base } = await generalMessagesPath(graph, GROUP);
    const marker = `count-${Date.now()}`;
    await emulator.setFaults(STORED_THEN_DROPPED);
    await expect(answerOf(rawPost(base, `${marker} eerste`))).rejects.toThrow('terminated');
    const second = await rawPost(base, `${marker} tweede`);
    expect(second.status).toBe(201);
    const { items } = await allPages(graph, `${base}?$top=50`);
    expect(withText(items, marker).map((message) => message.body.content)).toEqual([
      `<p>${marker} tweede</p>`,
      `<p>${marker} eerste</p>`
    ]);
  });

  it('answers 504 inside a $batch after storing the inner write', async () => {
    const { base } = await generalMessagesPath(graph, GROUP);
    const marker = `batch-dropped-${Date.now()}`;
    await emulator.setFaults(STORED_THEN_DROPPED);
    const batch = await graph('/$batch', {
      method: 'POST',
      body: JSON.stringify({
        requests: [
          {
            id: '1',
            method: 'POST',
            url: base,
            headers: { 'Content-Type': 'application/json' },
            body: { body: { content: marker } }
          }
        ]
      })
    });
    expect(batch.status).toBe(200);
    const [inner] = batch.body.responses as Array<{ status: number; body: { error: { code: string } } }>;
    expect(inner.status).toBe(504);
    expect(inner.body.error.code).toBe('GatewayTimeout');
    const { items } = await allPages(graph, `${base}?$top=50`);
    expect(withText(items, marker)).toHaveLength(1);
  });

  it('refuses afterStore without a dropped connection among the statuses, and a non-boolean', async () => {
    const without = await fetch(`${emulator.baseUrl}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ statuses: [503], afterStore: true })
    });
    expect(without.status).toBe(400);
    const notBoolean = await fetch(`${emulator.baseUrl}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ statuses: [0], afterStore: 'yes' })
    });
    expect(notBoolean.status).toBe(400);
  });
});
