import * as React from 'react';
import { hereWithParameter, pageParameter } from '../components/links/suiteLinks';

/**
 * One of Kring's page parameters (`?person=`) as state: set it and the address changes without a reload (a new
 * history entry, so Back returns to the previous value); Back and Forward change it again.
 */
export function usePageParameter(name: string): [string | undefined, (value: string) => void] {
  const [value, setValue] = React.useState(() => pageParameter(name));

  React.useEffect(() => {
    const follow = (): void => setValue(pageParameter(name));
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [name]);

  const update = React.useCallback(
    (next: string) => {
      if (next !== pageParameter(name)) {
        // The page's own router keeps its state in history.state; the new entry carries it on unchanged.
        window.history.pushState(window.history.state, '', hereWithParameter(name, next));
      }
      setValue(next);
    },
    [name]
  );

  return [value, update];
}
