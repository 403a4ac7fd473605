import { IdleQueue } from './idleQueue';

type RunWhenIdle = ConstructorParameters<typeof IdleQueue>[0];

/** A browser whose idle periods the test hands out; every task run takes `TASK_MS` of a period. */
function fakeBrowser(): { runWhenIdle: RunWhenIdle; idle: (ms: number) => void; work: () => void } {
  const TASK_MS = 5;
  let waiting: Parameters<NonNullable<RunWhenIdle>>[0] | undefined;
  let left = 0;
  return {
    runWhenIdle: (run) => {
      waiting = run;
    },
    idle: (ms) => {
      const run = waiting;
      waiting = undefined;
      left = ms;
      run?.({ timeRemaining: () => left });
    },
    work: () => {
      left -= TASK_MS;
    }
  };
}

describe('IdleQueue', () => {
  it('runs tasks oldest first, as many as an idle period has room for, the rest in the next one', () => {
    const browser = fakeBrowser();
    const queue = new IdleQueue(browser.runWhenIdle);
    const ran: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) {
      queue.add(() => {
        ran.push(name);
        browser.work();
      });
    }
    expect(ran).toEqual([]);
    browser.idle(12);
    expect(ran).toEqual(['a', 'b']);
    browser.idle(2);
    expect(ran).toEqual(['a', 'b']);
    browser.idle(50);
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not run a task withdrawn before its turn', () => {
    const browser = fakeBrowser();
    const queue = new IdleQueue(browser.runWhenIdle);
    const ran: string[] = [];
    queue.add(() => ran.push('kept'));
    const withdraw = queue.add(() => ran.push('withdrawn'));
    withdraw();
    browser.idle(50);
    expect(ran).toEqual(['kept']);
  });

  it('falls back to a short task between frames where the browser has no requestIdleCallback', () => {
    const idle = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    Object.defineProperty(window, 'requestIdleCallback', { value: undefined, configurable: true });
    jest.useFakeTimers();
    try {
      const queue = new IdleQueue();
      const task = jest.fn();
      queue.add(task);
      expect(task).not.toHaveBeenCalled();
      jest.runOnlyPendingTimers();
      expect(task).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
      if (idle) Object.defineProperty(window, 'requestIdleCallback', idle);
      else delete (window as Partial<Window>).requestIdleCallback;
    }
  });
});
