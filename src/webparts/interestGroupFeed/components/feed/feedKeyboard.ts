import type * as React from 'react';

/** Where Page Down / Page Up move from an article of a feed: the WAI-ARIA feed pattern's keys. */
export function feedStep(key: string): 1 | -1 | undefined {
  if (key === 'PageDown') return 1;
  if (key === 'PageUp') return -1;
  return undefined;
}

/**
 * Page Down / Page Up on an article move focus to the next or previous one; in a virtualised feed that one may not
 * be in the page yet, so it is scrolled to first and focused once rendered.
 */
export function onFeedKeyDown(
  event: React.KeyboardEvent<HTMLElement>,
  count: number,
  scrollToIndex: (index: number) => void,
  /** The article focus is on its way to, so quick presses count from there, not from where focus still is. */
  pending: { current: number | undefined }
): void {
  const step = feedStep(event.key);
  const article = (event.target as HTMLElement).closest<HTMLElement>('article[data-index]');
  if (step === undefined || !article) {
    return;
  }
  const target = (pending.current ?? Number(article.dataset.index)) + step;
  if (target < 0 || target >= count) {
    return;
  }
  event.preventDefault();
  pending.current = target;
  scrollToIndex(target);
  const feed = event.currentTarget;
  const focusTarget = (attempt: number): void => {
    const next = feed.querySelector<HTMLElement>(`article[data-index="${target}"]`);
    if (next && pending.current === target) {
      next.focus();
      pending.current = undefined;
    } else if (!next && attempt < 10) {
      requestAnimationFrame(() => focusTarget(attempt + 1));
    }
  };
  requestAnimationFrame(() => focusTarget(0));
}
