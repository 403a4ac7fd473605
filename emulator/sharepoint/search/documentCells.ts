import { createHash } from 'crypto';
import { fileExtension, type IndexedDocument } from '../store/documentIndexStore';
import { indexWords } from './documentQuery';
import type { KeyValue } from './searchShape';

/** Managed properties a document result carries when the request names none. */
export const DEFAULT_DOCUMENT_PROPERTIES: readonly string[] = [
  'Rank',
  'DocId',
  'WorkId',
  'Title',
  'Author',
  'Size',
  'Path',
  'Description',
  'Write',
  'LastModifiedTime',
  'Created',
  'HitHighlightedSummary',
  'HitHighlightedProperties',
  'contentclass',
  'FileExtension',
  'FileType',
  'Filename',
  'IsDocument',
  'IsContainer',
  'SiteName',
  'SiteTitle',
  'SPWebUrl',
  'ParentLink',
  'ServerRedirectedURL',
  'UniqueId',
  'RenderTemplateId',
  'PartitionId',
  'UrlZone',
  'Culture'
];

const TENANT_PARTITION_ID = '6d3c5a9f-2b71-4e58-9a0c-1f4e8b2d7c63';
const OFFICE_TYPES = new Set(['docx', 'xlsx', 'pptx']);
const SUMMARY_LENGTH = 180;

export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

export interface DocumentCellContext {
  origin: string;
  rank: number;
  terms: readonly QueryTerm[];
  /** The site a document is on: its server-relative URL and title. */
  site: { path: string; title: string };
}

export const isPage = (document: IndexedDocument): boolean => fileExtension(document.name) === 'aspx';

/** The Title search shows: the stored one, else the name without its extension. */
export function documentTitle(document: IndexedDocument): string {
  const extension = fileExtension(document.name);
  return document.title ?? (extension ? document.name.slice(0, -(extension.length + 1)) : document.name);
}

/** An Edm.DateTime cell value as search writes it: seven fraction digits. */
const searchDateTime = (iso: string): string => iso.replace(/(\.\d+)?Z$/, '.0000000Z');

function termIndex(word: string, terms: readonly QueryTerm[]): number {
  return terms.findIndex((term) =>
    term.words.some((wanted, position) =>
      term.prefix && position === term.words.length - 1 ? word.startsWith(wanted) : word === wanted
    )
  );
}

/** Marks the query's words as search does: `<c0>`…`</c0>` for the first term, `<c1>` for the second, … */
export function highlighted(text: string, terms: readonly QueryTerm[]): string {
  const escaped = (part: string): string => part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.replace(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu, (part) => {
    const word = indexWords(part)[0];
    const index = word === undefined ? -1 : termIndex(word, terms);
    return index < 0 ? escaped(part) : `<c${Math.min(index, 9)}>${escaped(part)}</c${Math.min(index, 9)}>`;
  });
}

/** The summary around the first hit, cut at a word and closed with `<ddd/>` when there is more. */
export function hitHighlightedSummary(document: IndexedDocument, terms: readonly QueryTerm[]): string {
  const text = document.summary ?? documentTitle(document);
  if (text.length <= SUMMARY_LENGTH) {
    return highlighted(text, terms);
  }
  const cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
  return `${highlighted(text.slice(0, cut > 0 ? cut : SUMMARY_LENGTH), terms)} <ddd/>`;
}

function numericId(document: IndexedDocument): string {
  const hex = createHash('md5').update(document.uniqueId).digest('hex').slice(0, 10);
  return String(17592186044416 + parseInt(hex, 16));
}

function serverRedirectedUrl(document: IndexedDocument, context: DocumentCellContext): string | null {
  if (!OFFICE_TYPES.has(fileExtension(document.name))) {
    return null;
  }
  const source = encodeURIComponent(`{${document.uniqueId.toUpperCase()}}`);
  return `${context.origin}${context.site.path}/_layouts/15/Doc.aspx?sourcedoc=${source}&file=${encodeURIComponent(document.name)}&action=default&mobileredirect=true`;
}

type CellBuilder = (document: IndexedDocument, context: DocumentCellContext) => [value: string | null, type?: string];

const path = (document: IndexedDocument, context: DocumentCellContext): string =>
  `${context.origin}${document.serverRelativeUrl}`;

const CELLS: Readonly<Record<string, CellBuilder>> = {
  rank: (_document, context) => [context.rank.toFixed(10), 'Edm.Double'],
  docid: (document) => [numericId(document), 'Edm.Int64'],
  workid: (document) => [numericId(document), 'Edm.Int64'],
  title: (document) => [documentTitle(document)],
  author: (document) => [document.author || null],
  editorowsuser: (document) => [document.editor || null],
  size: (document) => [String(document.size), 'Edm.Int64'],
  path: (document, context) => [path(document, context)],
  originalpath: (document, context) => [path(document, context)],
  description: (document) => [document.summary],
  write: (document) => [searchDateTime(document.modified), 'Edm.DateTime'],
  lastmodifiedtime: (document) => [searchDateTime(document.modified), 'Edm.DateTime'],
  created: (document) => [searchDateTime(document.created), 'Edm.DateTime'],
  hithighlightedsummary: (document, context) => [hitHighlightedSummary(document, context.terms)],
  hithighlightedproperties: (document, context) => [
    `<HHTitle>${highlighted(documentTitle(document), context.terms)}</HHTitle><HHUrl>${path(document, context)}</HHUrl>`
  ],
  contentclass: (document) => [isPage(document) ? 'STS_ListItem_WebPageLibrary' : 'STS_ListItem_DocumentLibrary'],
  fileextension: (document) => [fileExtension(document.name) || null],
  filetype: (document) => [fileExtension(document.name) || null],
  filename: (document) => [document.name],
  isdocument: (document) => [isPage(document) ? 'false' : 'true', 'Edm.Boolean'],
  iscontainer: () => ['false', 'Edm.Boolean'],
  sitename: (_document, context) => [`${context.origin}${context.site.path}`],
  spweburl: (_document, context) => [`${context.origin}${context.site.path}`],
  spsiteurl: (_document, context) => [`${context.origin}${context.site.path}`],
  sitetitle: (_document, context) => [context.site.title],
  parentlink: (document, context) => [`${context.origin}${document.folder}`],
  serverredirectedurl: (document, context) => [serverRedirectedUrl(document, context)],
  uniqueid: (document) => [`{${document.uniqueId}}`],
  rendertemplateid: () => ['~sitecollection/_catalogs/masterpage/Display Templates/Search/Item_Default.js'],
  partitionid: () => [TENANT_PARTITION_ID, 'Edm.Guid'],
  urlzone: () => ['0', 'Edm.Int32'],
  culture: () => ['nl-NL']
};

/** The value and type of one managed property of a document; properties it does not have are Null. */
export function documentCell(document: IndexedDocument, property: string, context: DocumentCellContext): KeyValue {
  const build = CELLS[property.toLowerCase()];
  const [value, type = 'Edm.String'] = build ? build(document, context) : [null];
  return { Key: property, Value: value, ValueType: value === null ? 'Null' : type };
}
