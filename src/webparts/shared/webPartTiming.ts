/** User Timing mark of a Kring web part's first render: its prefetch starts and its root's chunk is asked for. */
export const WEB_PART_RENDER_MARK = 'kring:web-part:render';

export function markWebPartRender(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(WEB_PART_RENDER_MARK);
  }
}
