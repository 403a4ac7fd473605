import { emulatorPerFile } from '../../support/emulatorPerFile';
import { rawGraph } from './graphClient';

const emulator = emulatorPerFile();

beforeEach(async () => {
  await emulator.clearRequests();
});

async function threeCalls(): Promise<void> {
  const graph = rawGraph(emulator);
  await graph('/me?$select=id');
  await graph('/me/manager?$select=id');
  await emulator.spFetch('/_api/web?$select=Title');
}

describe('the request log', () => {
  it('numbers every request and stamps when it arrived, oldest first by default', async () => {
    const before = Date.now();
    await threeCalls();
    const log = await emulator.requests();
    expect(log.map((entry) => entry.url)).toEqual([
      '/v1.0/me?$select=id',
      '/v1.0/me/manager?$select=id',
      '/sites/intranet/_api/web?$select=Title'
    ]);
    const seqs = log.map((entry) => entry.seq as number);
    expect(seqs).toEqual([seqs[0], seqs[0] + 1, seqs[0] + 2]);
    for (const entry of log) {
      expect(entry.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(entry.at as string)).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it('answers only newer entries with ?since=<seq>, newest first with ?order=desc', async () => {
    await threeCalls();
    const [first, second, third] = await emulator.requests();
    expect((await emulator.requests({ since: first.seq })).map((entry) => entry.seq)).toEqual([second.seq, third.seq]);
    expect((await emulator.requests({ order: 'desc' })).map((entry) => entry.seq)).toEqual([
      third.seq,
      second.seq,
      first.seq
    ]);
    expect((await emulator.requests({ since: second.seq, order: 'desc' })).map((entry) => entry.seq)).toEqual([
      third.seq
    ]);
    expect(await emulator.requests({ since: third.seq })).toEqual([]);
  });

  it('keeps counting after a clear, so a workbench polling with since never misses or repeats an entry', async () => {
    await threeCalls();
    const last = (await emulator.requests({ order: 'desc' }))[0].seq as number;
    await emulator.clearRequests();
    await rawGraph(emulator)('/me?$select=id');
    const [next] = await emulator.requests({ since: last });
    expect(next.seq).toBe(last + 1);
  });

  it('refuses a since or order it cannot use', async () => {
    for (const query of ['since=abc', 'since=-1', 'order=sideways', 'since=1&since=2']) {
      const answer = await fetch(`${emulator.baseUrl}/_emulator/requests?${query}`);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
    }
  });
});
