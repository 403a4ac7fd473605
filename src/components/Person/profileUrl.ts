/** The URL parameter through which a page tells the colleague card whose profile to show. */
export const PERSON_URL_PARAMETER = 'person';

/** This page with `?person=<upn or id>`: where the colleague card shows that person. */
export function profileUrl(personRef: string, currentUrl: string = typeof window !== 'undefined' ? window.location.href : 'http://localhost/'): string {
  const url = new URL(currentUrl);
  url.searchParams.set(PERSON_URL_PARAMETER, personRef);
  url.hash = '';
  return url.toString();
}

/** The `?person=` value of a page URL, if any. */
export function personFromUrl(currentUrl: string = typeof window !== 'undefined' ? window.location.href : 'http://localhost/'): string | undefined {
  const value = new URL(currentUrl).searchParams.get(PERSON_URL_PARAMETER)?.trim();
  return value ? value : undefined;
}
