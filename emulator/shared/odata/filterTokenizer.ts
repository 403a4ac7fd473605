import { FilterSyntaxError } from './filterAst';

export type FilterToken =
  | { type: 'identifier'; text: string; at: number }
  | { type: 'string'; text: string; at: number }
  | { type: 'datetime'; text: string; at: number }
  | { type: 'number'; text: string; at: number }
  | { type: '(' | ')' | ','; text: string; at: number };

/** Numbers with an optional exponent and an OData v3 type suffix (`1.5m`, `2d`, `10L`). */
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[mMdDlLfF]?/;
/** OData v4 DateTimeOffset literals, unquoted: `2019-02-27T07:13:28.000z`, `2024-01-01T00:00:00+01:00`. */
const DATE_TIME_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?([zZ]|[-+]\d{2}:\d{2})/;
/** Property paths: `displayName`, `Author/Title`, `$it`. */
const IDENTIFIER = /^[A-Za-z_$][\w./$]*/;

function readQuoted(source: string, start: number): { text: string; end: number } {
  let text = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (char === "'") {
      if (source[index + 1] === "'") {
        text += "'";
        index += 2;
        continue;
      }
      return { text, end: index + 1 };
    }
    text += char;
    index += 1;
  }
  throw new FilterSyntaxError(`Unterminated string literal at position ${start}.`);
}

function readWord(source: string, index: number, tokens: FilterToken[]): number {
  const word = (IDENTIFIER.exec(source.slice(index)) as RegExpExecArray)[0];
  if (/^datetime$/i.test(word) && source[index + word.length] === "'") {
    const quoted = readQuoted(source, index + word.length);
    tokens.push({ type: 'datetime', text: quoted.text, at: index });
    return quoted.end;
  }
  tokens.push({ type: 'identifier', text: word, at: index });
  return index + word.length;
}

function readNumber(source: string, index: number, tokens: FilterToken[]): number {
  const dateTime = DATE_TIME_OFFSET.exec(source.slice(index));
  if (dateTime) {
    tokens.push({ type: 'datetime', text: dateTime[0], at: index });
    return index + dateTime[0].length;
  }
  const match = NUMBER.exec(source.slice(index));
  if (!match) {
    throw new FilterSyntaxError(`Unexpected '${source[index]}' at position ${index}.`);
  }
  tokens.push({ type: 'number', text: match[0].replace(/[mMdDlLfF]$/, ''), at: index });
  return index + match[0].length;
}

export function tokenizeFilter(source: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: char, text: char, at: index });
      index += 1;
    } else if (char === "'") {
      const quoted = readQuoted(source, index);
      tokens.push({ type: 'string', text: quoted.text, at: index });
      index = quoted.end;
    } else if (/[-\d]/.test(char)) {
      index = readNumber(source, index, tokens);
    } else if (/[A-Za-z_$]/.test(char)) {
      index = readWord(source, index, tokens);
    } else {
      throw new FilterSyntaxError(`Unexpected '${char}' at position ${index}.`);
    }
  }
  return tokens;
}
