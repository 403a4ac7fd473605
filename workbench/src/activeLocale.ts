import type { KringLocale } from '../../src/host/HostInfo';
import { toKringLocale } from '../../src/host/locale';

/** The locale the page was opened in (`?locale=nl-nl`); the string modules are evaluated in it. */
export function activeLocale(search: string = window.location.search): KringLocale {
  return toKringLocale(new URLSearchParams(search).get('locale') ?? undefined);
}
