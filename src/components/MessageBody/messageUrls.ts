const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const HOSTED_CONTENT_PATH = /\/hostedContents\/[^/]+\/(?:\$|%24)value$/i;

/** Where Graph serves hosted contents in production. */
export const DEFAULT_GRAPH_ORIGIN = 'https://graph.microsoft.com';

function absoluteUrl(value: string | null | undefined): URL | undefined {
  if (!value) {
    return undefined;
  }
  try {
    // No base: a relative URL is refused rather than resolved against the page.
    return new URL(value.trim());
  } catch {
    return undefined;
  }
}

function withProtocol(value: string | null | undefined, protocols: ReadonlySet<string>): string | undefined {
  const url = absoluteUrl(value);
  return url && protocols.has(url.protocol) && !url.username && !url.password ? url.href : undefined;
}

/** A link from a message body: absolute http, https or mailto, normalised; anything else is undefined. */
export function safeLinkHref(value: string | null | undefined): string | undefined {
  return withProtocol(value, LINK_PROTOCOLS);
}

/** A link that opens a file or page: absolute http or https, normalised; anything else is undefined. */
export function safeWebHref(value: string | null | undefined): string | undefined {
  return withProtocol(value, WEB_PROTOCOLS);
}

/**
 * The `src` of an image hosted with a message, when it is a hosted-contents URL on the given Graph origin;
 * undefined for every other image, so that no message can make the page load from elsewhere.
 */
export function hostedImageSrc(value: string | null | undefined, graphOrigin: string): string | undefined {
  const url = absoluteUrl(value);
  const origin = absoluteUrl(graphOrigin)?.origin;
  if (!url || !origin || url.origin !== origin || url.username || url.password) {
    return undefined;
  }
  return !url.search && !url.hash && HOSTED_CONTENT_PATH.test(url.pathname) ? url.href : undefined;
}
