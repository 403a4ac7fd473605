/**
 * The composer bench's probes in the page: when an action started (the Ctrl+Enter keydown, a click, a file chosen),
 * taken by capture listeners on the window before the product's own handlers run, and when its result was in the
 * document and the frame after that, taken by a MutationObserver. All times are the page's `performance.now()`.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** What a watcher waits for: an element matching `selector`, with `text` in it when given, rendered (it has a box). */
export interface ResultSpec {
  selector: string;
  text?: string;
  /** Elements inside the composer's text field do not count: the text typed there is not the message sent. */
  outsideEditor?: boolean;
}

/** Times of one action in ms of the page's clock (`performance.now()`). */
export interface ActionTimes {
  /**
   * The result's time by the wall clock (`Date.now()`), as the emulator's log tells time. Not `timeOrigin` plus
   * the page's clock: here that drifts from the wall clock by some 5 ms a second of the page's life.
   */
  shownWallMs: number;
  /** The action: `send` (Ctrl+Enter keydown), `click` or `fileChosen` (the file input's change). */
  startedAt: number;
  /** The result was in the document. */
  shownAt: number;
  /** The next animation frame after it (the frame that paints it). */
  shownFrameAt: number;
  /** The text field got the focus (the composer's autoFocus), when one did. */
  focusedAt?: number;
}

interface BenchWindow {
  kringBench: { marks: Record<string, number> };
}

/** Installs the action listeners in every page of the context (and `__name`, which tsx puts around named functions). */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'window.__name = (target) => target;' });
  await context.addInitScript(() => {
    const bench = { marks: {} as Record<string, number> };
    (window as unknown as BenchWindow).kringBench = bench;
    window.addEventListener(
      'keydown',
      (event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') bench.marks.send = performance.now();
      },
      true
    );
    window.addEventListener('click', () => (bench.marks.click = performance.now()), true);
    window.addEventListener(
      'change',
      (event) => {
        const target = event.target;
        if (target instanceof HTMLInputElement && target.type === 'file') bench.marks.fileChosen = performance.now();
      },
      true
    );
    window.addEventListener(
      'focusin',
      (event) => {
        const target = event.target;
        if (target instanceof HTMLElement && target.getAttribute('role') === 'textbox') {
          bench.marks.focused = performance.now();
        }
      },
      true
    );
  });
}

/**
 * Forgets the last action's marks and starts watching for `spec`; throws when it is in the page already (the result
 * would be measured as there at once).
 */
export async function watchForResult(page: Page, spec: ResultSpec): Promise<void> {
  const already = await page.evaluate(({ selector, text, outsideEditor }) => {
    const bench = (window as unknown as BenchWindow).kringBench;
    bench.marks = {};
    const found = (): boolean =>
      Array.from(document.querySelectorAll(selector)).some(
        (element) =>
          (text === undefined || (element.textContent ?? '').includes(text)) &&
          !(outsideEditor && element.closest('[role="textbox"]')) &&
          element.getClientRects().length > 0
      );
    if (found()) return true;
    const observer = new MutationObserver(() => {
      if (bench.marks.shown !== undefined || !found()) return;
      bench.marks.shown = performance.now();
      bench.marks.shownWall = Date.now();
      observer.disconnect();
      requestAnimationFrame(() => (bench.marks.shownFrame = performance.now()));
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'aria-disabled', 'class', 'style']
    });
    return false;
  }, spec);
  if (already) {
    throw new Error(`The result ${JSON.stringify(spec)} is in the page before the action.`);
  }
}

/** Waits for the watched result's frame and answers the action's times; `start` names the action's mark. */
export async function resultTimes(
  page: Page,
  start: 'send' | 'click' | 'fileChosen',
  timeoutMs = 30_000
): Promise<ActionTimes> {
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).kringBench.marks.shownFrame !== undefined,
    undefined,
    { polling: 50, timeout: timeoutMs }
  );
  const marks = await page.evaluate(() => (window as unknown as BenchWindow).kringBench.marks);
  if (marks[start] === undefined) {
    throw new Error(`No ${start} mark: the action did not reach the page (marks ${JSON.stringify(marks)}).`);
  }
  return {
    shownWallMs: marks.shownWall,
    startedAt: marks[start],
    shownAt: marks.shown,
    shownFrameAt: marks.shownFrame,
    focusedAt: marks.focused
  };
}

/** The result's time as the emulator's log tells time (ms since the epoch). */
export function shownEpochMs(times: ActionTimes): number {
  return times.shownWallMs;
}
