import { emulatorPerFile } from '../../support/emulatorPerFile';
import { DAAN, errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

afterEach(async () => {
  await emulator.clearFaults();
});

interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { error?: { code: string } } & Record<string, unknown>;
}

async function batch(
  requests: unknown[]
): Promise<{ status: number; responses: BatchResponse[]; body: Record<string, unknown> }> {
  const call = await graph('/$batch', { method: 'POST', body: JSON.stringify({ requests }) });
  return { status: call.status, responses: (call.body.responses as BatchResponse[]) ?? [], body: call.body };
}

describe('$batch', () => {
  it('answers each request with its own status, headers and body, with relative URLs in either form', async () => {
    const { status, responses } = await batch([
      { id: '1', method: 'GET', url: '/me?$select=displayName' },
      { id: '2', method: 'GET', url: `users/${DAAN}?$select=displayName` },
      { id: '3', method: 'GET', url: '/users/nobody@hogeschool.example' },
      { id: '4', method: 'GET', url: '/me/photos/48x48/$value' }
    ]);
    expect(status).toBe(200);
    const byId = new Map(responses.map((r) => [r.id, r]));
    expect(byId.get('1')).toMatchObject({ status: 200, body: { displayName: 'Anne de Vries' } });
    expect(byId.get('2')).toMatchObject({ status: 200, body: { displayName: 'Daan Bakker' } });
    expect(byId.get('3')?.status).toBe(404);
    expect(byId.get('3')?.body?.error?.code).toBe('Request_ResourceNotFound');
    expect(byId.get('4')?.headers['Content-Type']).toBe('image/png');
    expect(
      Buffer.from(String(byId.get('4')?.body), 'base64')
        .subarray(1, 4)
        .toString('ascii')
    ).toBe('PNG');
  });

  it('refuses more than 20 requests, duplicate ids and malformed payloads with 400', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const tooMany = await batch(many);
    expect(tooMany.status).toBe(400);
    const exactly20 = await batch(many.slice(0, 20));
    expect(exactly20.status).toBe(200);
    expect(exactly20.responses).toHaveLength(20);
    const duplicate = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '1', method: 'GET', url: '/me' }
    ]);
    expect(duplicate.status).toBe(400);
    const malformed = await graph('/$batch', { method: 'POST', body: '{"requests": [' });
    expect(malformed.status).toBe(400);
    errorCode(malformed);
    const unknownDependency = await batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }]);
    expect(unknownDependency.status).toBe(400);
  });

  it('answers 424 for requests whose dependency failed, and runs dependents after successes', async () => {
    const { responses } = await batch([
      { id: 'a', method: 'GET', url: '/users/00000000-0000-0000-0000-000000000000' },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      { id: 'c', method: 'GET', url: '/me?$select=id' },
      { id: 'd', method: 'GET', url: '/me/manager?$select=id', dependsOn: ['c'] },
      { id: 'e', method: 'GET', url: '/me', dependsOn: ['b'] }
    ]);
    const status = Object.fromEntries(responses.map((r) => [r.id, r.status]));
    expect(status).toEqual({ a: 404, b: 424, c: 200, d: 200, e: 424 });
    expect(responses.find((r) => r.id === 'b')?.body?.error?.code).toBe('FailedDependency');
  });

  it('applies faults to each inner request while the batch itself answers 200, and logs inner requests', async () => {
    await emulator.clearRequests();
    await emulator.setFaults({ failureRate: 1, statuses: [429], retryAfterSeconds: 7 });
    const { status, responses } = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/me/presence' }
    ]);
    expect(status).toBe(200);
    expect(responses.map((r) => r.status)).toEqual([429, 429]);
    expect(responses[0].headers['Retry-After']).toBe('7');
    expect(responses[0].body?.error?.code).toBe('TooManyRequests');
    const log = (await emulator.requests()).map(({ seq: _seq, at: _at, ...entry }) => entry);
    expect(log).toEqual([
      { method: 'GET', url: '/v1.0/me', status: 429, batch: true },
      { method: 'GET', url: '/v1.0/me/presence', status: 429, batch: true },
      { method: 'POST', url: '/v1.0/$batch', status: 200 }
    ]);
  });
});

describe('faults and control', () => {
  it('fails requests with the configured status and Retry-After, for a limited count', async () => {
    await emulator.setFaults({ failureRate: 1, statuses: [503], retryAfterSeconds: 2, count: 2 });
    const first = await graph('/me');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(errorCode(first)).toBe('ServiceUnavailable');
    expect((await graph('/me')).status).toBe(503);
    expect((await graph('/me')).status).toBe(200);
  });

  it('adds latency and can drop connections', async () => {
    await emulator.setFaults({ latencyMs: 300 });
    const started = Date.now();
    expect((await graph('/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await emulator.setFaults({ failureRate: 1, statuses: [0], count: 1 });
    await expect(graph('/me')).rejects.toThrow();
    expect((await graph('/me')).status).toBe(200);
  });

  it('charges latency once per round trip: a batch pays it once, however many requests it holds', async () => {
    await emulator.setFaults({ latencyMs: 400 });
    const started = Date.now();
    const result = await batch(
      Array.from({ length: 10 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me?$select=id' }))
    );
    const elapsed = Date.now() - started;
    expect(result.status).toBe(200);
    expect(result.responses.every((r) => r.status === 200)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(390);
    // Ten inner requests each paying the latency would take four seconds or more.
    expect(elapsed).toBeLessThan(2500);
  });

  it('refuses invalid fault settings', async () => {
    const response = await fetch(`${emulator.baseUrl}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ failureRate: 2, statuses: [200] })
    });
    expect(response.status).toBe(400);
  });

  it('resets to the deterministic seed', async () => {
    const patched = await graph('/me', { method: 'PATCH', body: JSON.stringify({ aboutMe: 'changed' }) });
    expect(patched.status).toBe(204);
    expect((await graph('/me?$select=aboutMe')).body.aboutMe).toBe('changed');
    await emulator.reset();
    const restored = await graph('/me?$select=aboutMe');
    expect(restored.status).toBe(200);
    expect(restored.body.aboutMe).not.toBe('changed');
    const health = (await (await fetch(`${emulator.baseUrl}/_emulator/health`)).json()) as {
      status: string;
      people: number;
    };
    expect(health).toEqual({ status: 'ok', people: 1500 });
  }, 60_000);
});
