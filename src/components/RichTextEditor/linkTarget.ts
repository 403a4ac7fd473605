import { safeHref } from '../../model/composer/draftHtml';

/**
 * The link target for a typed address: http(s) or mailto as typed; a bare host name ("intranet.example/page")
 * as https; an e-mail address as mailto. Undefined for anything else (javascript:, relative paths, other schemes).
 */
export function linkTarget(address: string): string | undefined {
  const trimmed = address.trim();
  // A colon before digits is a port ("host:8080"), not a scheme.
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed)) return safeHref(trimmed);
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) return `mailto:${trimmed}`;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i.test(trimmed)) return `https://${trimmed}`;
  return undefined;
}
