import type { IntranetDocument } from './IntranetDocument';
import { absoluteSpUrl, lastSegment, serverRelativePathOn } from './spUrls';

/** The managed properties the document picker selects from SharePoint search. */
export const DOCUMENT_SELECT = [
  'UniqueId',
  'Title',
  'FileType',
  'Path',
  'SPWebUrl',
  'SiteName',
  'SiteTitle',
  'Author',
  'LastModifiedTime'
] as const;

/** One result row as its cells' `Key` → `Value`; any value may be missing, null or of the wrong type. */
export type DocumentSearchRow = Partial<Record<(typeof DOCUMENT_SELECT)[number], unknown>>;

const MAX_TEXT = 255;
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.replace(/\p{Cc}/gu, ' ').trim();
  return trimmed === '' ? undefined : Array.from(trimmed).slice(0, MAX_TEXT).join('');
}

/** SharePoint's UniqueId (`{1B0B…}` in search, bare in REST) as Teams writes it: lower case, no braces. */
export function normalisedUniqueId(value: unknown): string | undefined {
  const match = typeof value === 'string' ? GUID.exec(value.trim()) : null;
  return match ? match[1].toLowerCase() : undefined;
}

/** The rows of a raw search answer (`PrimaryQueryResult.RelevantResults.Table.Rows`), verbose or not. */
export function searchRowsOf(raw: unknown): DocumentSearchRow[] {
  const table = (raw as { PrimaryQueryResult?: { RelevantResults?: { Table?: { Rows?: unknown } } } } | null)
    ?.PrimaryQueryResult?.RelevantResults?.Table;
  const rows = listOf(table?.Rows);
  return rows.map((row) => {
    const cells = listOf((row as { Cells?: unknown } | null)?.Cells);
    const values: Record<string, unknown> = {};
    for (const cell of cells) {
      const { Key, Value } = (cell ?? {}) as { Key?: unknown; Value?: unknown };
      if (typeof Key === 'string') {
        values[Key] = Value;
      }
    }
    return values;
  });
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const results = (value as { results?: unknown } | null | undefined)?.results;
  return Array.isArray(results) ? results : [];
}

function isoTime(value: unknown): string | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** `Anne de Vries;Pieter van den Berg` (a multi-valued Author) as `Anne de Vries, Pieter van den Berg`. */
function authors(value: unknown): string | undefined {
  const names = (text(value) ?? '')
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length > 0 ? names.join(', ') : undefined;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

function withoutExtension(fileName: string): string {
  return extensionOf(fileName) ? fileName.slice(0, fileName.lastIndexOf('.')) : fileName;
}

function fileTypeOf(row: DocumentSearchRow, fileName: string): string {
  const type = text(row.FileType)?.toLowerCase();
  return type && /^[a-z0-9]{1,10}$/.test(type) ? type : extensionOf(fileName);
}

/** The site's server-relative path when the row names a site the file is in; the file's origin root otherwise. */
function sitePathOf(row: DocumentSearchRow, filePath: string, origin: string): string {
  for (const value of [row.SPWebUrl, row.SiteName]) {
    const site = typeof value === 'string' ? serverRelativePathOn(value, origin) : undefined;
    if (site && filePath.toLowerCase().startsWith(`${site.toLowerCase()}/`)) {
      return site;
    }
  }
  return '';
}

/**
 * A search result as an IntranetDocument; undefined for a row without a UniqueId or whose Path is not an http(s)
 * URL on the tenant's origin (`tenantOrigin`, e.g. `https://contoso.sharepoint.com`), so nothing from elsewhere
 * can be attached to a message.
 */
export function toIntranetDocument(row: DocumentSearchRow, tenantOrigin: string): IntranetDocument | undefined {
  const origin = tenantOrigin.toLowerCase();
  const uniqueId = normalisedUniqueId(row.UniqueId);
  const filePath = typeof row.Path === 'string' ? serverRelativePathOn(row.Path, origin) : undefined;
  const fileName = filePath ? lastSegment(filePath) : '';
  if (!uniqueId || !filePath || fileName === '') {
    return undefined;
  }
  const fileType = fileTypeOf(row, fileName);
  const sitePath = sitePathOf(row, filePath, origin);
  return {
    uniqueId,
    title: text(row.Title) ?? withoutExtension(fileName),
    fileName,
    fileType,
    url: absoluteSpUrl(origin, filePath),
    siteName: text(row.SiteTitle) ?? (lastSegment(sitePath) || new URL(origin).host),
    siteUrl: sitePath ? absoluteSpUrl(origin, sitePath) : origin,
    folder: filePath.slice(sitePath.length + 1, filePath.length - fileName.length - 1),
    author: authors(row.Author),
    modified: isoTime(row.LastModifiedTime)
  };
}
