import * as React from 'react';
import { useFluent } from '@fluentui/react-components';

export interface ToolbarNavigation {
  /** The link that is the toolbar's one tab stop. */
  current: number;
  onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: React.FocusEvent<HTMLElement>) => void;
}

const FORWARD = new Set(['ArrowRight', 'ArrowDown']);
const BACKWARD = new Set(['ArrowLeft', 'ArrowUp']);

/** Where an arrow key, Home or End goes from link `from` of `count`; arrows wrap around. */
export function nextLink(key: string, from: number, count: number, rtl: boolean): number | undefined {
  const horizontal = key === 'ArrowRight' || key === 'ArrowLeft';
  const forward = FORWARD.has(key) !== (rtl && horizontal);
  if (FORWARD.has(key) || BACKWARD.has(key)) {
    return (from + (forward ? 1 : count - 1)) % count;
  }
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

function linksIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('a[href]'));
}

/**
 * A toolbar of links with one tab stop: the arrow keys, Home and End move between the links, and Tab leaves for
 * what follows. The tab stop stays on the link last focused.
 */
export function useToolbarNavigation(): ToolbarNavigation {
  const { dir } = useFluent();
  const [current, setCurrent] = React.useState(0);
  const onKeyDown = React.useCallback(
    (event: React.KeyboardEvent<HTMLElement>) => {
      const links = linksIn(event.currentTarget);
      const from = links.indexOf(event.target as HTMLElement);
      const next = from < 0 ? undefined : nextLink(event.key, from, links.length, dir === 'rtl');
      if (next !== undefined) {
        event.preventDefault();
        links[next].focus();
      }
    },
    [dir]
  );
  const onFocus = React.useCallback((event: React.FocusEvent<HTMLElement>) => {
    const index = linksIn(event.currentTarget).indexOf(event.target as HTMLElement);
    if (index >= 0) setCurrent(index);
  }, []);
  return { current, onKeyDown, onFocus };
}
