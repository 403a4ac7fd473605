/** `scheme://host` of an absolute http(s) URL, lower case; undefined for anything else. */
export function webOrigin(value: string): string | undefined {
  const match = /^(https?):\/\/([^/?#\s@]+)(?:[/?#]|$)/i.exec(value.trim());
  return match ? `${match[1]}://${match[2]}`.toLowerCase() : undefined;
}

function decodedLeniently(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    // A literal `%` in a name that was never encoded.
    return path;
  }
}

/**
 * The server-relative path of an absolute http(s) URL on `origin`, decoded and without a trailing slash; undefined
 * for a URL elsewhere, with a query string, or without a path. A `#` stays part of the path: SharePoint allows it in
 * file names, and search writes paths unencoded.
 */
export function serverRelativePathOn(value: string, origin: string): string | undefined {
  const text = value.trim();
  const found = webOrigin(text);
  if (!found || found !== origin.toLowerCase()) {
    return undefined;
  }
  const path = text.slice(found.length);
  if (!path.startsWith('/') || path.includes('?') || /[\t\n\r\f\v]/.test(path)) {
    return undefined;
  }
  const decoded = decodedLeniently(path).replace(/\/+$/, '');
  return decoded === '' || decoded.includes('\u0000') ? undefined : decoded;
}

/** A decoded server-relative path as an absolute URL on `origin`, each segment percent-encoded. */
export function absoluteSpUrl(origin: string, serverRelativePath: string): string {
  const encoded = serverRelativePath
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `${origin}${encoded.startsWith('/') ? '' : '/'}${encoded}`;
}

/** The last segment of a path. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
