import type { ServiceError } from '../ServiceError';

/**
 * What a failed send says about the message:
 * - `notStored`: Graph answered with its own refusal, so nothing was stored: a 4xx other than 408 (a 429 is
 *   throttling, applied before a request is handled), or a 5xx that carries Graph's error JSON (an `error.code`,
 *   e.g. 503 `ServiceUnavailable`).
 * - `unknown`: the message may be in the channel: no HTTP answer at all (a dropped connection, the send's timeout,
 *   an answer that could not be read), 408, a gateway's 502 or 504 (the service behind it may have acted), or a 5xx
 *   without Graph's error JSON (a proxy's page). The channel is checked before the draft may be sent again.
 */
export type SendOutcome = 'notStored' | 'unknown';

export function sendOutcomeOf(error: ServiceError): SendOutcome {
  const status = error.status;
  if (status === undefined || status === 408 || status === 502 || status === 504) return 'unknown';
  if (status >= 500 && !error.code) return 'unknown';
  return 'notStored';
}
