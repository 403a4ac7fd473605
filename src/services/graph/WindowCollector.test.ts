import { ok, type Result } from '../Result';
import { WindowCollector } from './WindowCollector';

function echoRun(runs: string[][]): (keys: string[]) => Promise<Map<string, Result<string>>> {
  return (keys) => {
    runs.push(keys);
    return Promise.resolve(new Map(keys.map((key) => [key, ok(key.toUpperCase())])));
  };
}

describe('WindowCollector', () => {
  it('answers keys requested within the window with one run, a repeated key once', async () => {
    const runs: string[][] = [];
    const collector = new WindowCollector(echoRun(runs), 5);
    const answers = await Promise.all([collector.request('a'), collector.request('b'), collector.request('a')]);
    expect(answers).toEqual(['A', 'B', 'A']);
    expect(runs).toEqual([['a', 'b']]);
  });

  it('keeps collecting while it is not ready, then runs once with everything', async () => {
    const runs: string[][] = [];
    let open: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const collector = new WindowCollector(echoRun(runs), 5, () => ready);
    const first = collector.request('card-person');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = collector.request('feed-author');
    expect(runs).toEqual([]);
    open();
    await expect(Promise.all([first, later])).resolves.toEqual(['CARD-PERSON', 'FEED-AUTHOR']);
    expect(runs).toEqual([['card-person', 'feed-author']]);
  });

  it('rejects every waiter when the run fails', async () => {
    const collector = new WindowCollector<string>(() => Promise.reject(new Error('offline')), 1);
    await expect(collector.request('a')).rejects.toThrow('offline');
  });
});
