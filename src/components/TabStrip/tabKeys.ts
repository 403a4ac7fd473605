/** Which tab a key moves to from tab `from` of `count` in a horizontal tab list; the arrows wrap around. */
export function tabForKey(key: string, from: number, count: number, rtl: boolean): number | undefined {
  if (count === 0) return undefined;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return undefined;
  const forward = (key === 'ArrowRight') !== rtl;
  return (from + (forward ? 1 : count - 1)) % count;
}
