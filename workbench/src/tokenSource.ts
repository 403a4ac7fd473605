export interface IssuedToken {
  accessToken: string;
  /** `expires_in` of the token answer; absent means the token does not expire. */
  expiresInSeconds?: number;
}

/** Renew this long before a token expires, so no request is sent with one that lapses on the way. */
const RENEW_BEFORE_MS = 60_000;

/**
 * A bearer token source that asks for a token once and again shortly before it expires, as MSAL does for SPFx:
 * a workbench left open for hours keeps working. Concurrent callers share one request.
 */
export function renewingToken(issue: () => Promise<IssuedToken>, now: () => number = Date.now): () => Promise<string> {
  let current: { accessToken: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  return () => {
    if (current && now() < current.renewAt) {
      return Promise.resolve(current.accessToken);
    }
    if (!pending) {
      const issuedAt = now();
      pending = issue()
        .then((token) => {
          const lifetime = token.expiresInSeconds === undefined ? Infinity : token.expiresInSeconds * 1000;
          current = { accessToken: token.accessToken, renewAt: issuedAt + Math.max(0, lifetime - RENEW_BEFORE_MS) };
          return token.accessToken;
        })
        .finally(() => {
          pending = undefined;
        });
    }
    return pending;
  };
}
