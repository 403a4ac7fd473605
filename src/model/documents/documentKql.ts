import { FILE_TYPES, type DocumentType } from './IntranetDocument';

/** What a search names of the user's words at most; more words only narrow a search that finds nothing already. */
export const MAX_SEARCH_WORDS = 12;
const MAX_WORD_LENGTH = 64;

/** KQL's operators: upper case only, so the same words in lower case are plain terms. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR', 'ONEAR', 'WORDS', 'XRANK']);
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const WORD_RUNS = /[\p{L}\p{N}]+/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// KQL cannot escape a double quote inside a phrase, so quotes (straight and curly) are not kept at all.
const UNSAFE = /["\u201C-\u201F\p{Cc}]/gu;

/** Documents in libraries and pages in Site Pages; not folders, list items or sites. */
export const DOCUMENTS_AND_PAGES = '(IsDocument:1 OR contentclass:STS_ListItem_WebPageLibrary)';

const plainTerm = (word: string): string => (OPERATORS.has(word) ? word.toLowerCase() : word);

function truncated(word: string): string {
  const characters = Array.from(word);
  return characters.length > MAX_WORD_LENGTH ? characters.slice(0, MAX_WORD_LENGTH).join('') : word;
}

/**
 * One typed word as KQL: a plain word as it is; anything with punctuation (`:`, `=`, `(`, a leading `-`, …) as a
 * quoted phrase, so it is searched for rather than read as a property restriction or an operator. A trailing `*`
 * (prefix matching, the only wildcard SharePoint supports) is kept on the last word; a wildcard cannot be relied on
 * inside a phrase, so such a word becomes its letter-and-digit runs with the `*` on the last run.
 */
function kqlTerm(token: string, isLast: boolean): string | undefined {
  const prefix = isLast && token.endsWith('*');
  const word = truncated(token.replace(/\*/g, ' ').trim());
  if (!HAS_LETTER_OR_DIGIT.test(word)) {
    return undefined;
  }
  if (PLAIN_WORD.test(word)) {
    return prefix ? `${plainTerm(word)}*` : plainTerm(word);
  }
  if (prefix) {
    const runs = word.match(WORD_RUNS) ?? [];
    return runs.map((run, index) => (index === runs.length - 1 ? `${plainTerm(run)}*` : plainTerm(run))).join(' ');
  }
  return `"${word}"`;
}

/** The user's words as KQL free-text terms (ANDed when joined with spaces); none when nothing searchable is left. */
export function kqlTerms(text: string): string[] {
  const tokens = text
    .replace(UNSAFE, ' ')
    .split(/\s+/u)
    .filter((token) => token !== '')
    .slice(0, MAX_SEARCH_WORDS);
  return tokens
    .map((token, index) => kqlTerm(token, index === tokens.length - 1))
    .filter((term): term is string => term !== undefined);
}

/** `FileType:pdf`, or the kind's types side by side in one OR. */
export function fileTypeRestriction(type: DocumentType): string {
  const restrictions = FILE_TYPES[type].map((fileType) => `FileType:${fileType}`);
  return restrictions.length === 1 ? restrictions[0] : `(${restrictions.join(' OR ')})`;
}

/**
 * The KQL query for the document picker: the user's words, documents and pages only, optionally of one kind.
 * Undefined when the words hold nothing to search for (an empty query, only punctuation or `*`), so no request
 * that would list every document is sent.
 */
export function documentQueryText(text: string, type?: DocumentType): string | undefined {
  const terms = kqlTerms(text);
  if (terms.length === 0) {
    return undefined;
  }
  return [...terms, DOCUMENTS_AND_PAGES, ...(type ? [fileTypeRestriction(type)] : [])].join(' ');
}

/**
 * The words as someone typing them means them: the last word is still being typed, so it matches as a prefix
 * ("toets" finds "Toetsbeleid"), unless it is finished with a space or a quote, or is one letter.
 */
export function asTyped(text: string): string {
  if (/[\s"*]$/u.test(text)) return text;
  const last = text.split(/\s+/u).pop() ?? '';
  return Array.from(last).length > 1 && /^[\p{L}\p{N}]+$/u.test(last) ? `${text}*` : text;
}
