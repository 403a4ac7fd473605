import { SharePointError, SP_ERROR_CODES } from '../http/spError';

/** An OData string literal: single quotes, a quote inside written twice. */
const QUOTED = "'((?:[^']|'')*)'";

/** `web/GetFolderByServerRelativeUrl('…')` or `web/GetFolderByServerRelativePath(decodedurl='…')`: two groups. */
export const FOLDER = `web/(?:GetFolderByServerRelativeUrl\\(${QUOTED}\\)|GetFolderByServerRelativePath\\(decodedurl=${QUOTED}\\))`;

/** `web/GetFileByServerRelativeUrl('…')` or `web/GetFileByServerRelativePath(decodedurl='…')`: two groups. */
export const FILE = `web/(?:GetFileByServerRelativeUrl\\(${QUOTED}\\)|GetFileByServerRelativePath\\(decodedurl=${QUOTED}\\))`;

const PARAMETER = /\s*([A-Za-z]+)\s*=\s*(guid'[^']*'|'(?:[^']|'')*'|[^,]*)\s*(?:,|$)/y;

export function unquoted(literal: string): string {
  return literal.replace(/''/g, "'");
}

/** The address a FOLDER or FILE match names, from whichever of its two groups matched. */
export function addressOf(match: RegExpExecArray, first: number): string {
  return unquoted(match[first] ?? match[first + 1] ?? '');
}

/** `url='a.docx',overwrite=true` as lower-cased names to values (quotes and `guid'…'` removed). */
export function callParameters(text: string): Map<string, string> {
  const parameters = new Map<string, string>();
  PARAMETER.lastIndex = 0;
  while (PARAMETER.lastIndex < text.length) {
    const start = PARAMETER.lastIndex;
    const match = PARAMETER.exec(text);
    if (!match || PARAMETER.lastIndex === start) {
      throw new SharePointError(
        400,
        SP_ERROR_CODES.invalidClientQuery,
        `The parameters '${text.slice(0, 200)}' are not valid.`
      );
    }
    const raw = match[2].trim();
    const value = /^guid'/i.test(raw) ? raw.slice(5, -1) : raw.startsWith("'") ? unquoted(raw.slice(1, -1)) : raw;
    parameters.set(match[1].toLowerCase(), value);
  }
  return parameters;
}

export function booleanParameter(parameters: Map<string, string>, name: string): boolean {
  return (parameters.get(name) ?? 'false').toLowerCase() === 'true';
}
