import * as strings from 'InterestGroupFeedWebPartStrings';
import type { KringLocale } from '../../../../../host/HostInfo';

const KIB = 1024;
const MIB = 1024 * 1024;

/** A file size as people read it: `850 KB`, `12.5 MB` (binary units, as Windows and Teams show them). */
export function sizeText(bytes: number, locale: KringLocale): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes < MIB
    ? strings.UploadSizeKb.replace('{0}', number.format(Math.ceil(bytes / KIB)))
    : strings.UploadSizeMb.replace('{0}', number.format(bytes / MIB));
}

/** Whole percent done; a file of no bytes is done at once. */
export function percentDone(sentBytes: number, totalBytes: number): number {
  if (totalBytes <= 0) {
    return 100;
  }
  return Math.min(100, Math.floor((sentBytes / totalBytes) * 100));
}

export function progressText(sentBytes: number, totalBytes: number, locale: KringLocale): string {
  return strings.UploadProgressText.replace('{0}', String(percentDone(sentBytes, totalBytes)))
    .replace('{1}', sizeText(sentBytes, locale))
    .replace('{2}', sizeText(totalBytes, locale));
}

export function tooLargeText(fileName: string, bytes: number, maxBytes: number, locale: KringLocale): string {
  return strings.UploadTooLarge.replace('{0}', fileName)
    .replace('{1}', sizeText(bytes, locale))
    .replace('{2}', sizeText(maxBytes, locale));
}
