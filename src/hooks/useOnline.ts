import * as React from 'react';

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * Whether the browser believes it has a network. `navigator.onLine` false is reliable (no network at all); true
 * only means "maybe", so a send still handles the failure of a request that found no route.
 */
export function useOnline(): boolean {
  const [online, setOnline] = React.useState(browserOnline);
  React.useEffect(() => {
    const update = (): void => setOnline(browserOnline());
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
