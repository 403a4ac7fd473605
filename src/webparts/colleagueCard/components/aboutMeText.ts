const MARKUP = /<\/?(p|div|br|span|b|i|u|strong|em|ul|ol|li|a|font|h[1-6])\b[^>]*>/i;

/**
 * About me as plain text. Profiles synced from SharePoint often hold HTML; it is read in an inert document
 * (no scripts run, nothing is loaded) and only its text is kept, with paragraph and line breaks. Text without
 * markup is returned unchanged, so "a <b> c" typed as plain text stays as typed.
 */
export function aboutMeText(value: string): string {
  if (!MARKUP.test(value) || typeof DOMParser === 'undefined') {
    return value;
  }
  const withBreaks = value.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6])>/gi, '\n');
  const doc = new DOMParser().parseFromString(withBreaks, 'text/html');
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
