import { NestingGuard } from '../nestingGuard';

/**
 * The OData v3 `$filter` subset SharePoint list REST accepts and PnPjs users write: comparisons (eq, ne, gt, lt, ge,
 * le), and/or/not, parentheses, `substringof('text', Field)`, `startswith(Field, 'text')`, literals (strings,
 * numbers, true/false, null, `datetime'…'`).
 */
export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le';

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'datetime'; value: string };

export type Operand = { kind: 'field'; name: string } | Literal;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; operator: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'substringof'; text: Operand; field: Operand }
  | { kind: 'startswith'; field: Operand; text: Operand };

export class FilterSyntaxError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

type Token =
  | { type: 'identifier'; text: string; at: number }
  | { type: 'string'; text: string; at: number }
  | { type: 'datetime'; text: string; at: number }
  | { type: 'number'; text: string; at: number }
  | { type: '(' | ')' | ','; text: string; at: number };

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'lt', 'ge', 'le']);
const MAX_FILTER_LENGTH = 4000;
const MAX_DEPTH = 100;

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

export function tokenizeFilter(source: string): Token[] {
  const tokens: Token[] = [];
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
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[mMdDlLfF]?/.exec(source.slice(index));
      if (!match || match[0] === '-') {
        throw new FilterSyntaxError(`Unexpected '${char}' at position ${index}.`);
      }
      tokens.push({ type: 'number', text: match[0].replace(/[mMdDlLfF]$/, ''), at: index });
      index += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][\w]*(\/[A-Za-z_][\w]*)?/.exec(source.slice(index)) as RegExpExecArray;
      const word = match[0];
      if (/^datetime$/i.test(word) && source[index + word.length] === "'") {
        const quoted = readQuoted(source, index + word.length);
        tokens.push({ type: 'datetime', text: quoted.text, at: index });
        index = quoted.end;
      } else {
        tokens.push({ type: 'identifier', text: word, at: index });
        index += word.length;
      }
    } else {
      throw new FilterSyntaxError(`Unexpected '${char}' at position ${index}.`);
    }
  }
  return tokens;
}

class FilterParser {
  private position = 0;
  private readonly nesting = new NestingGuard(MAX_DEPTH, () => new FilterSyntaxError('The filter expression is nested too deeply.'));

  public constructor(private readonly tokens: Token[]) {}

  public parse(): FilterNode {
    const node = this.parseOr();
    const extra = this.tokens[this.position];
    if (extra) {
      throw new FilterSyntaxError(`Unexpected '${extra.text}' at position ${extra.at}.`);
    }
    return node;
  }

  private peekKeyword(word: string): boolean {
    const token = this.tokens[this.position];
    return token?.type === 'identifier' && token.text.toLowerCase() === word;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekKeyword('or')) {
      this.position += 1;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseNot();
    while (this.peekKeyword('and')) {
      this.position += 1;
      left = { kind: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): FilterNode {
    if (this.peekKeyword('not')) {
      this.position += 1;
      return { kind: 'not', operand: this.nesting.nested(() => this.parseNot()) };
    }
    return this.parsePrimary();
  }

  private expect(type: Token['type']): Token {
    const token = this.tokens[this.position];
    if (!token || token.type !== type) {
      throw new FilterSyntaxError(token ? `Expected '${type}' at position ${token.at} but found '${token.text}'.` : `Expected '${type}' at the end of the expression.`);
    }
    this.position += 1;
    return token;
  }

  private parsePrimary(): FilterNode {
    const token = this.tokens[this.position];
    if (!token) {
      throw new FilterSyntaxError('The filter expression ended unexpectedly.');
    }
    if (token.type === '(') {
      this.position += 1;
      const inner = this.nesting.nested(() => this.parseOr());
      this.expect(')');
      return this.maybeBooleanComparison(inner);
    }
    if (token.type === 'identifier') {
      const name = token.text.toLowerCase();
      if ((name === 'substringof' || name === 'startswith') && this.tokens[this.position + 1]?.type === '(') {
        this.position += 2;
        const first = this.parseOperand();
        this.expect(',');
        const second = this.parseOperand();
        this.expect(')');
        const call: FilterNode = name === 'substringof' ? { kind: 'substringof', text: first, field: second } : { kind: 'startswith', field: first, text: second };
        return this.maybeBooleanComparison(call);
      }
    }
    const left = this.parseOperand();
    const operatorToken = this.tokens[this.position];
    if (!operatorToken || operatorToken.type !== 'identifier' || !COMPARISONS.has(operatorToken.text.toLowerCase())) {
      throw new FilterSyntaxError(
        operatorToken ? `Expected a comparison operator at position ${operatorToken.at} but found '${operatorToken.text}'.` : 'Expected a comparison operator at the end of the expression.'
      );
    }
    this.position += 1;
    const right = this.parseOperand();
    return { kind: 'compare', operator: operatorToken.text.toLowerCase() as ComparisonOperator, left, right };
  }

  /** `substringof('a', Title) eq true` and `(…) eq false`, as some callers write them. */
  private maybeBooleanComparison(node: FilterNode): FilterNode {
    const operator = this.tokens[this.position];
    const value = this.tokens[this.position + 1];
    if (operator?.type === 'identifier' && (operator.text === 'eq' || operator.text === 'ne') && value?.type === 'identifier' && /^(true|false)$/i.test(value.text)) {
      this.position += 2;
      const wantsTrue = (value.text.toLowerCase() === 'true') === (operator.text === 'eq');
      return wantsTrue ? node : { kind: 'not', operand: node };
    }
    return node;
  }

  private parseOperand(): Operand {
    const token = this.tokens[this.position];
    if (!token) {
      throw new FilterSyntaxError('The filter expression ended unexpectedly.');
    }
    this.position += 1;
    switch (token.type) {
      case 'string':
        return { kind: 'string', value: token.text };
      case 'datetime':
        return { kind: 'datetime', value: token.text };
      case 'number':
        return { kind: 'number', value: Number(token.text) };
      case 'identifier': {
        const lower = token.text.toLowerCase();
        if (lower === 'true' || lower === 'false') {
          return { kind: 'boolean', value: lower === 'true' };
        }
        if (lower === 'null') {
          return { kind: 'null' };
        }
        if (COMPARISONS.has(lower) || lower === 'and' || lower === 'or' || lower === 'not') {
          throw new FilterSyntaxError(`Unexpected '${token.text}' at position ${token.at}.`);
        }
        return { kind: 'field', name: token.text };
      }
      default:
        throw new FilterSyntaxError(`Unexpected '${token.text}' at position ${token.at}.`);
    }
  }
}

export function parseFilter(source: string): FilterNode {
  if (source.length > MAX_FILTER_LENGTH) {
    throw new FilterSyntaxError('The filter expression is too long.');
  }
  const tokens = tokenizeFilter(source);
  if (tokens.length === 0) {
    throw new FilterSyntaxError('The filter expression is empty.');
  }
  return new FilterParser(tokens).parse();
}
