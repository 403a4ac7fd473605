/**
 * The three JSON flavours SharePoint REST answers in, chosen by the Accept header:
 * `odata=verbose` (everything under `d`, `__metadata`), `odata=nometadata` (plain JSON) and the default JSON light
 * `odata=minimalmetadata` (`odata.*` annotations), which is what plain `application/json` gets.
 */
export type ResponseFormat = 'verbose' | 'nometadata' | 'minimalmetadata';

export function responseFormatFor(accept: string | undefined): ResponseFormat {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) {
    return 'verbose';
  }
  if (value.includes('odata=nometadata')) {
    return 'nometadata';
  }
  return 'minimalmetadata';
}

/** The Content-Type SharePoint sends back for a format. */
export function contentTypeFor(format: ResponseFormat): string {
  return `application/json;odata=${format};streaming=true;charset=utf-8`;
}
