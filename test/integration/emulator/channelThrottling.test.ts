import { emulatorPerFile } from '../../support/emulatorPerFile';
import { generalMessagesPath } from './channelHelpers';
import { errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function burst(paths: readonly string[]): Promise<number[]> {
  return (await Promise.all(paths.map((path) => graph(path)))).map((call) => call.status);
}

describe('throttling of channel messages', () => {
  beforeEach(async () => {
    await emulator.setThrottling({ channelMessages: true });
    await sleep(1100);
  });

  it('is on by default and allows 4 requests a second on one channel, then 429 with Retry-After', async () => {
    expect(await emulator.throttling()).toEqual({ channelMessages: true });
    const { base } = await generalMessagesPath(graph, 'Toetsing en beoordeling');
    const statuses = await burst(Array.from({ length: 6 }, () => `${base}?$top=1`));
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    const throttled = await graph(`${base}?$top=1`);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(errorCode(throttled)).toBe('TooManyRequests');
    expect((throttled.body.error as { innerError: Record<string, string> }).innerError).toEqual(
      expect.objectContaining({ code: '429', status: '429' })
    );
    await sleep(Number(throttled.headers.get('retry-after')) * 1000);
    expect((await graph(`${base}?$top=1`)).status).toBe(200);
  });

  it('limits message reads to 20 a second across channels, counting inner $batch requests one by one', async () => {
    const groups = await graph('/groups?$top=30&$select=id,visibility');
    const publicIds = (groups.body.value as Array<{ id: string; visibility: string }>)
      .filter((g) => g.visibility === 'Public')
      .map((g) => g.id)
      .slice(0, 12);
    const channels = await Promise.all(
      publicIds.map(
        async (id) =>
          `/teams/${id}/channels/${encodeURIComponent(String((await graph(`/teams/${id}/primaryChannel`)).body.id))}/messages?$top=1`
      )
    );
    await sleep(1100);
    const requests = Array.from({ length: 20 }, (_unused, index) => ({
      id: String(index + 1),
      method: 'GET',
      url: channels[index % channels.length]
    }));
    const batch = await graph('/$batch', { method: 'POST', body: JSON.stringify({ requests }) });
    expect(batch.status).toBe(200);
    const statuses = (batch.body.responses as Array<{ status: number }>).map((r) => r.status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const over = await graph(channels[0]);
    expect(over.status).toBe(429);
    const inner = await graph('/$batch', {
      method: 'POST',
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: channels[1] }] })
    });
    const [response] = inner.body.responses as Array<{
      status: number;
      headers: Record<string, string>;
      body: { error: { code: string } };
    }>;
    expect(response.status).toBe(429);
    expect(Number(response.headers['Retry-After'])).toBeGreaterThanOrEqual(1);
    expect(response.body.error.code).toBe('TooManyRequests');
    expect((await graph('/me?$select=id')).status).toBe(200);
  });

  it('counts reply listings, single replies, delta reads and hosted contents against the channel and the tenant', async () => {
    const { base } = await generalMessagesPath(graph, 'Duurzame hogeschool');
    await emulator.setThrottling({ channelMessages: false });
    const threads = (await graph(`${base}?$top=20&$expand=replies`)).body.value as Array<{
      id: string;
      replies: Array<{ id: string }>;
    }>;
    const thread = threads.find((candidate) => candidate.replies.length > 0);
    if (!thread) throw new Error('no seeded thread with replies');
    await emulator.setThrottling({ channelMessages: true });
    const reads = [
      `${base}/${thread.id}/replies?$top=5`,
      `${base}/${thread.id}/replies/${thread.replies[0].id}`,
      `${base}/delta?$top=5`,
      `${base}/${thread.id}/hostedContents`
    ];
    expect(await burst(reads)).toEqual([200, 200, 200, 200]);
    for (const path of [`${base}/${thread.id}/replies?$top=5`, `${base}/delta?$top=5`]) {
      const throttled = await graph(path);
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(errorCode(throttled)).toBe('TooManyRequests');
    }
  });

  it('throttles reply listings and delta reads inside $batch one by one, with Retry-After', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    await emulator.setThrottling({ channelMessages: false });
    const [thread] = (await graph(`${base}?$top=1`)).body.value as Array<{ id: string }>;
    await emulator.setThrottling({ channelMessages: true });
    const inner = base.replace(/^\//, '');
    const replies = `${inner}/${thread.id}/replies?$top=1`;
    const delta = `${inner}/delta?$top=1`;
    // The last two wait for the first four, which use the channel's budget of 4 a second.
    const first = ['r0', 'r1', 'r2', 'd0'];
    const requests = [
      ...first.map((id) => ({ id, method: 'GET', url: id.startsWith('r') ? replies : delta })),
      { id: 'r3', method: 'GET', url: replies, dependsOn: first },
      { id: 'd1', method: 'GET', url: delta, dependsOn: first }
    ];
    const batch = await graph('/$batch', { method: 'POST', body: JSON.stringify({ requests }) });
    expect(batch.status).toBe(200);
    const responses = batch.body.responses as Array<{ id: string; status: number; headers?: Record<string, string> }>;
    const byId = new Map(responses.map((response) => [response.id, response]));
    expect(first.map((id) => byId.get(id)?.status)).toEqual([200, 200, 200, 200]);
    for (const id of ['r3', 'd1']) {
      expect(byId.get(id)?.status).toBe(429);
      expect(Number(byId.get(id)?.headers?.['Retry-After'])).toBeGreaterThanOrEqual(1);
    }
  });

  it('is switched off and on through the control API, and back on after a reset', async () => {
    const { base } = await generalMessagesPath(graph, 'AI in het onderwijs');
    await emulator.setThrottling({ channelMessages: false });
    expect(await emulator.throttling()).toEqual({ channelMessages: false });
    expect((await burst(Array.from({ length: 12 }, () => `${base}?$top=1`))).every((s) => s === 200)).toBe(true);
    const refused = await fetch(`${emulator.baseUrl}/_emulator/throttling`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channelMessages: 'yes' })
    });
    expect(refused.status).toBe(400);
    await emulator.reset();
    expect(await emulator.throttling()).toEqual({ channelMessages: true });
  }, 30_000);
});
