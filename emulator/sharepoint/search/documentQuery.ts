import type { KqlNode, KqlText } from './kqlParser';
import { normaliseWords } from './peopleIndex';

/**
 * KQL over documents as SQL over `sp_files f` (joined to the author `u`): free text and full-text properties go
 * through the FTS5 index `sp_file_search`, the other managed properties compare columns. Following the KQL syntax
 * reference: terms match whole words (a trailing `*` a prefix), phrases adjacent words, `:` on a full-text property
 * matches words of it and `=` the whole value, and several restrictions on one property side by side are a union.
 */
export interface SqlCondition {
  sql: string;
  params: string[];
}

type Restriction = Extract<KqlNode, { kind: 'property' }>;

const NOTHING: SqlCondition = { sql: '0', params: [] };
const EVERYTHING: SqlCondition = { sql: '1', params: [] };

/** The columns free text searches: what SharePoint's full-text index holds of a document. */
const FREE_TEXT_COLUMNS = '{title filename summary author}';

/** The words of a text as the index's unicode61 tokenizer splits it (case and accents folded). */
export function indexWords(text: string): string[] {
  return normaliseWords(text)
    .flatMap((word) => word.split(/[#+]+/))
    .filter((word) => word !== '');
}

function fullText(columns: string, text: KqlText): SqlCondition {
  const words = indexWords(text.text);
  if (words.length === 0) {
    return NOTHING;
  }
  const phrase = `"${words.join(' ')}"${text.prefix ? '*' : ''}`;
  return {
    sql: 'f.rowid IN (SELECT rowid FROM sp_file_search WHERE sp_file_search MATCH ?)',
    params: [`${columns} : ${phrase}`]
  };
}

const likeEscaped = (value: string): string => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** A column equal to the value, or starting with it for a trailing `*` (both case-insensitive). */
function wholeValue(column: string, text: KqlText): SqlCondition {
  return text.prefix
    ? { sql: `${column} LIKE ? ESCAPE '\\'`, params: [`${likeEscaped(text.text)}%`] }
    : { sql: `${column} = ? COLLATE NOCASE`, params: [text.text] };
}

/** A URL as the server-relative path files are stored under: host dropped, percent-encoding undone. */
function serverRelativePath(value: string): string {
  const path = value.replace(/^https?:\/\/[^/]+/i, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not percent-encoded after all: compare as written.
  }
  return decoded.replace(/\/+$/, '');
}

/** `Path:` matches the URL and everything under it; with `*` any URL that starts so; `Path=` only the URL itself. */
function pathRestriction(node: Restriction): SqlCondition {
  const path = serverRelativePath(node.text);
  if (node.prefix) {
    return {
      sql: "f.serverRelativeUrl LIKE ? ESCAPE '\\'",
      params: [`${likeEscaped(serverRelativePath(node.text))}%`]
    };
  }
  if (node.operator !== ':') {
    return { sql: 'f.serverRelativeUrl = ?', params: [path] };
  }
  return {
    sql: "(f.serverRelativeUrl = ? OR f.serverRelativeUrl LIKE ? ESCAPE '\\')",
    params: [path, `${likeEscaped(path)}/%`]
  };
}

const PAGE_CONDITION = "sp_file_extension(f.name) = 'aspx'";
const DOCUMENT_CONDITION = "sp_file_extension(f.name) <> 'aspx'";

function yesNo(node: Restriction): SqlCondition {
  const value = node.text.toLowerCase();
  if (value === '1' || value === 'true') return { sql: DOCUMENT_CONDITION, params: [] };
  if (value === '0' || value === 'false') return { sql: PAGE_CONDITION, params: [] };
  return NOTHING;
}

function contentClass(node: Restriction): SqlCondition {
  const value = node.text.toLowerCase();
  if (value === 'sts_listitem_documentlibrary') return { sql: DOCUMENT_CONDITION, params: [] };
  if (value === 'sts_listitem_webpagelibrary') return { sql: PAGE_CONDITION, params: [] };
  return NOTHING;
}

/** A date (`2025-03-01`, the whole day) or a date and time, compared with the stored ISO time. */
function dateRestriction(column: string, node: Restriction): SqlCondition {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(node.text);
  const parsed = Date.parse(day ? `${node.text}T00:00:00Z` : node.text);
  if (Number.isNaN(parsed)) {
    return NOTHING;
  }
  const iso = new Date(parsed).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return day
    ? { sql: `substr(${column}, 1, 10) = ?`, params: [iso.slice(0, 10)] }
    : { sql: `${column} = ?`, params: [iso] };
}

const extension = (node: Restriction): SqlCondition =>
  wholeValue('sp_file_extension(f.name)', { text: node.text.toLowerCase().replace(/^\./, ''), prefix: node.prefix });

/** The managed properties documents can be restricted on (lower case), and how. */
const RESTRICTIONS: ReadonlyMap<string, (node: Restriction) => SqlCondition> = new Map([
  [
    'title',
    (node) => (node.operator === ':' ? fullText('title', node) : wholeValue('coalesce(f.title, f.name)', node))
  ],
  ['filename', (node) => (node.operator === ':' ? fullText('filename', node) : wholeValue('f.name', node))],
  ['author', (node) => (node.operator === ':' ? fullText('author', node) : wholeValue('u.displayName', node))],
  ['filetype', extension],
  ['fileextension', extension],
  ['path', pathRestriction],
  ['originalpath', pathRestriction],
  ['sitename', pathRestriction],
  ['spweburl', pathRestriction],
  ['spsiteurl', pathRestriction],
  ['isdocument', yesNo],
  ['contentclass', contentClass],
  ['lastmodifiedtime', (node) => dateRestriction('f.modified', node)],
  ['write', (node) => dateRestriction('f.modified', node)],
  ['created', (node) => dateRestriction('f.created', node)]
]);

function restriction(node: Restriction): SqlCondition {
  const build = RESTRICTIONS.get(node.property.toLowerCase());
  if (!build) {
    return NOTHING;
  }
  const condition = build(node.operator === '<>' ? { ...node, operator: '=' } : node);
  return node.operator === '<>' ? { sql: `NOT (${condition.sql})`, params: condition.params } : condition;
}

function joined(operator: 'AND' | 'OR', conditions: readonly SqlCondition[]): SqlCondition {
  return {
    sql: conditions.map((condition) => `(${condition.sql})`).join(` ${operator} `),
    params: conditions.flatMap((condition) => condition.params)
  };
}

/** Side-by-side restrictions on the same property (`FileType:docx FileType:pptx`) become one OR, as in KQL. */
function unionSameProperty(operands: readonly KqlNode[]): KqlNode[] {
  const groups = new Map<string, KqlNode[]>();
  const result: KqlNode[] = [];
  for (const operand of operands) {
    if (operand.kind !== 'property' || operand.operator === '<>') {
      result.push(operand);
      continue;
    }
    const key = operand.property.toLowerCase();
    const group = groups.get(key);
    if (group) {
      group.push(operand);
    } else {
      const created = [operand];
      groups.set(key, created);
      result.push({ kind: 'or', operands: created });
    }
  }
  return result.map((node) => (node.kind === 'or' && node.operands.length === 1 ? node.operands[0] : node));
}

/** The SQL condition a parsed KQL query puts on `sp_files f`. */
export function documentCondition(node: KqlNode): SqlCondition {
  switch (node.kind) {
    case 'all':
      return EVERYTHING;
    case 'term':
      return fullText(FREE_TEXT_COLUMNS, node);
    case 'property':
      return restriction(node);
    case 'not': {
      const operand = documentCondition(node.operand);
      return { sql: `NOT (${operand.sql})`, params: operand.params };
    }
    case 'and':
      return joined('AND', (node.explicit ? node.operands : unionSameProperty(node.operands)).map(documentCondition));
    default:
      return joined('OR', node.operands.map(documentCondition));
  }
}

/** The words a query looks for in the text (not under NOT), for ranking and hit highlighting. */
export function positiveTerms(node: KqlNode | undefined, negated = false): { words: string[]; prefix: boolean }[] {
  if (!node) {
    return [];
  }
  switch (node.kind) {
    case 'all':
      return [];
    case 'not':
      return positiveTerms(node.operand, !negated);
    case 'and':
    case 'or':
      return node.operands.flatMap((operand) => positiveTerms(operand, negated));
    case 'term':
      return negated ? [] : textTerms(node);
    default:
      return !negated && node.operator === ':' && /^(title|filename)$/i.test(node.property) ? textTerms(node) : [];
  }
}

function textTerms(text: KqlText): { words: string[]; prefix: boolean }[] {
  const words = indexWords(text.text);
  return words.length > 0 ? [{ words, prefix: text.prefix }] : [];
}
