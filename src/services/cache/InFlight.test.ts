import { InFlight } from './InFlight';

describe('InFlight', () => {
  it('gives calls for a key under way the same answer, and calls again once it settled', async () => {
    const inFlight = new InFlight<number>();
    let calls = 0;
    const load = (): Promise<number> => Promise.resolve(++calls);
    const [a, b] = await Promise.all([inFlight.run('k', load), inFlight.run('k', load)]);
    expect([a, b]).toEqual([1, 1]);
    expect(await inFlight.run('other', load)).toBe(2);
    expect(await inFlight.run('k', load)).toBe(3);
  });

  it('shares a failure with the calls waiting for it, and tries again on the next call', async () => {
    const inFlight = new InFlight<string>();
    const failing = jest.fn(() => Promise.reject(new Error('503')));
    const results = await Promise.allSettled([inFlight.run('k', failing), inFlight.run('k', failing)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(await inFlight.run('k', () => Promise.resolve('ok'))).toBe('ok');
  });
});
