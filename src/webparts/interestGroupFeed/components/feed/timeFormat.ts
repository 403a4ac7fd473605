import type { KringLocale } from '../../../../host/HostInfo';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60]
];

// Creating an Intl formatter costs far more than formatting with one; a feed formats two times per message.
const relativeFormats = new Map<KringLocale, Intl.RelativeTimeFormat>();
const exactFormats = new Map<KringLocale, Intl.DateTimeFormat>();

function relativeFormat(locale: KringLocale): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  return format;
}

/** "3 hours ago" / "3 uur geleden"; "now" under a minute. */
export function relativeTime(iso: string, locale: KringLocale, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = relativeFormat(locale);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.trunc(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

// A full date takes a tenth of a millisecond to format, and a feed scrolled back and forth shows the same ones.
const EXACT_CAPACITY = 2000;
const exactTimes = new Map<string, string>();

function formatExact(iso: string, locale: KringLocale): string {
  let format = exactFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
    exactFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** The exact time, for the hover text and the `datetime` of a `<time>`. */
export function exactTime(iso: string, locale: KringLocale): string {
  const key = `${locale}|${iso}`;
  let text = exactTimes.get(key);
  if (text === undefined) {
    text = formatExact(iso, locale);
    exactTimes.set(key, text);
    if (exactTimes.size > EXACT_CAPACITY) {
      exactTimes.delete(exactTimes.keys().next().value as string);
    }
  }
  return text;
}
