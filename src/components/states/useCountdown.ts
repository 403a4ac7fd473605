import * as React from 'react';

/**
 * Seconds left from `seconds`, ticking down once a second and stopping at 0. Starts again when `seconds` or
 * `restartKey` changes (a new error with the same wait). `undefined` when there is nothing to count down.
 */
export function useCountdown(seconds: number | undefined, restartKey?: unknown): number | undefined {
  const [left, setLeft] = React.useState(seconds);
  React.useEffect(() => {
    setLeft(seconds);
    if (seconds === undefined || seconds <= 0) {
      return undefined;
    }
    const timer = setInterval(() => {
      setLeft((current) => {
        const next = current === undefined ? 0 : Math.max(0, current - 1);
        if (next === 0) {
          clearInterval(timer);
        }
        return next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds, restartKey]);
  return left;
}
