import * as React from 'react';

/** A component whose code loads on first use, or earlier with `preload()`. */
export interface Preloadable<P> {
  Component: React.ComponentType<P>;
  /** Starts loading the code, e.g. when it is about to be needed. */
  preload: () => Promise<void>;
}

/**
 * Like `React.lazy`, with two differences: once the code is there it renders at once (no Suspense round, so a
 * part that appears after an action shows in the same commit), and code that cannot be loaded (the network that
 * failed the data may fail the chunk too) renders `fallback` instead of throwing to an error boundary.
 */
export function preloadable<P extends object>(
  load: () => Promise<React.ComponentType<P>>,
  fallback: React.ComponentType<P>
): Preloadable<P> {
  let loaded: React.ComponentType<P> | undefined;
  let pending: Promise<React.ComponentType<P>> | undefined;
  const start = (): Promise<React.ComponentType<P>> => {
    pending =
      pending ??
      load().then(
        (component) => (loaded = component),
        () => fallback
      );
    return pending;
  };
  // React.lazy adds ref handling to the props type, which a generic P cannot be checked against.
  const Lazy = React.lazy(() =>
    start().then((component) => ({ default: component }))
  ) as unknown as React.ComponentType<P>;

  function Component(props: P): React.ReactElement {
    // An instance that mounted before the code was there stays on the lazy path: switching to `Ready` later would
    // change the element type and remount the part, losing its state and the focus inside it.
    const [mountedLoaded] = React.useState(() => loaded);
    const Ready = mountedLoaded;
    if (Ready) {
      return <Ready {...props} />;
    }
    return (
      <React.Suspense fallback={null}>
        <Lazy {...props} />
      </React.Suspense>
    );
  }

  return { Component, preload: () => start().then(() => undefined) };
}
