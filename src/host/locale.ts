import type { KringLocale } from './HostInfo';

/** Maps any BCP-47 tag a host reports ("nl-NL", "nl", "en-GB") to a locale Kring ships. */
export function toKringLocale(tag: string | undefined): KringLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'nl' ? 'nl-nl' : 'en-us';
}
