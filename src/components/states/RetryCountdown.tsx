import * as React from 'react';
import * as commonStrings from 'KringCommonStrings';
import { retryInText } from './errorMessage';
import { useCountdown } from './useCountdown';

export interface RetryCountdownProps {
  /** How long the service asked to wait (Retry-After). */
  seconds: number;
  /** The error being counted for: a new one starts the countdown again. */
  error: unknown;
}

/** "Try again in N seconds", counting down, then "You can try again now". */
export function RetryCountdown({ seconds, error }: RetryCountdownProps): React.ReactElement {
  const left = useCountdown(seconds, error) ?? 0;
  // Ticking seconds are not announced; the alert around it says once that trying again is possible.
  return left > 0 ? (
    <span role="timer" aria-live="off">
      {' '}
      {retryInText(left, commonStrings)}
    </span>
  ) : (
    <span> {commonStrings.ErrorRetryNow}</span>
  );
}
