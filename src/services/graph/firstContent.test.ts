import { FirstContentTracker } from './firstContent';

describe('FirstContentTracker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is settled at once when no view is loading', async () => {
    const settled = jest.fn();
    void new FirstContentTracker().settled(1000).then(settled);
    await Promise.resolve();
    expect(settled).toHaveBeenCalled();
  });

  it('waits for every loading view, each ending once', async () => {
    const tracker = new FirstContentTracker();
    const card = tracker.begin();
    const feed = tracker.begin();
    const settled = jest.fn();
    void tracker.settled(1000).then(settled);
    card();
    card();
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    feed();
    await Promise.resolve();
    expect(settled).toHaveBeenCalled();
  });

  it('stops waiting after the limit when a view never shows content', async () => {
    const tracker = new FirstContentTracker();
    tracker.begin();
    const settled = jest.fn();
    void tracker.settled(800).then(settled);
    jest.advanceTimersByTime(799);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await Promise.resolve();
    expect(settled).toHaveBeenCalled();
  });
});
