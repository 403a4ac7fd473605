import * as strings from 'InterestGroupFeedWebPartStrings';
import type { KringLocale } from '../../../../../host/HostInfo';
import type { IntranetDocument } from '../../../../../model/documents/IntranetDocument';

const dateFormats = new Map<KringLocale, Intl.DateTimeFormat>();

function formatDate(iso: string, locale: KringLocale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** Where the document is: the site's title and the folder within it. */
export function placeText(document: IntranetDocument): string {
  return [document.siteName, document.folder].filter((part) => part !== '').join(' · ');
}

/** Who wrote it and when it last changed, as far as search knows. */
export function authorshipText(document: IntranetDocument, locale: KringLocale): string {
  const modified = document.modified
    ? strings.DocumentPickerModified.replace('{0}', formatDate(document.modified, locale))
    : undefined;
  return [document.author, modified].filter((part): part is string => part !== undefined).join(' · ');
}
