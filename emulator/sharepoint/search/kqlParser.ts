import { NestingGuard } from '../../shared/odata/nestingGuard';

/**
 * The Keyword Query Language subset Kring's people search uses: free-text terms, "quoted phrases", property
 * restrictions (`Skills:python`, `Department:"Faculteit Techniek"`, `JobTitle=Docent`), AND / OR / NOT in upper
 * case (lower-case words are plain terms, as in KQL), implicit AND between terms, `+term` / `-term`, parentheses
 * and a trailing `*` for prefix matching.
 */
export interface KqlText {
  /** The words to match, before normalisation; more than one word is a phrase. */
  text: string;
  prefix: boolean;
}

export type KqlNode =
  | { kind: 'all' }
  | ({ kind: 'term' } & KqlText)
  | ({ kind: 'property'; property: string; operator: ':' | '=' | '<>' } & KqlText)
  | { kind: 'and' | 'or'; operands: KqlNode[]; explicit?: true }
  | { kind: 'not'; operand: KqlNode };

export class KqlSyntaxError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'KqlSyntaxError';
  }
}

type Token =
  | { type: '(' | ')' }
  | { type: 'operator'; value: 'AND' | 'OR' | 'NOT' }
  | { type: 'modifier'; value: '+' | '-' }
  | { type: 'text'; text: string; quoted: boolean }
  | { type: 'property'; property: string; operator: ':' | '=' | '<>'; text: string; quoted: boolean };

const MAX_QUERY_LENGTH = 4096;
const MAX_DEPTH = 64;

function readPhrase(source: string, start: number): { text: string; end: number } {
  const close = source.indexOf('"', start + 1);
  if (close < 0) {
    throw new KqlSyntaxError(`Unterminated phrase at position ${start}.`);
  }
  return { text: source.slice(start + 1, close), end: close + 1 };
}

function isBoundary(char: string | undefined): boolean {
  return char === undefined || /[\s()]/.test(char);
}

export function tokenizeKql(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    if (char === '(' || char === ')') {
      tokens.push({ type: char });
      index += 1;
      continue;
    }
    if (
      (char === '+' || char === '-') &&
      !isBoundary(source[index + 1]) &&
      (tokens.length === 0 || isBoundary(source[index - 1]))
    ) {
      tokens.push({ type: 'modifier', value: char });
      index += 1;
      continue;
    }
    if (char === '"') {
      const phrase = readPhrase(source, index);
      tokens.push({ type: 'text', text: phrase.text, quoted: true });
      index = phrase.end;
      continue;
    }
    const property = /^([A-Za-z][\w-]*)(<>|:|=)/.exec(source.slice(index));
    if (property) {
      const valueStart = index + property[0].length;
      const operator = property[2] as ':' | '=' | '<>';
      if (source[valueStart] === '"') {
        const phrase = readPhrase(source, valueStart);
        tokens.push({ type: 'property', property: property[1], operator, text: phrase.text, quoted: true });
        index = phrase.end;
      } else {
        const value = /^[^\s()"]*/.exec(source.slice(valueStart))?.[0] ?? '';
        if (value === '') {
          throw new KqlSyntaxError(`The property restriction '${property[0]}' has no value.`);
        }
        tokens.push({ type: 'property', property: property[1], operator, text: value, quoted: false });
        index = valueStart + value.length;
      }
      continue;
    }
    const word = /^[^\s()"]+/.exec(source.slice(index))?.[0] ?? char;
    if (word === 'AND' || word === 'OR' || word === 'NOT') {
      tokens.push({ type: 'operator', value: word });
    } else {
      tokens.push({ type: 'text', text: word, quoted: false });
    }
    index += word.length;
  }
  return tokens;
}

function textOf(raw: string, quoted: boolean): KqlText {
  const prefix = raw.endsWith('*') && raw.replace(/\*+$/, '').trim() !== '';
  return { text: prefix ? raw.replace(/\*+$/, '') : raw, prefix: prefix && (!quoted || raw.endsWith('*')) };
}

class KqlParser {
  private position = 0;
  private readonly nesting = new NestingGuard(MAX_DEPTH, () => new KqlSyntaxError('The query is nested too deeply.'));

  public constructor(private readonly tokens: Token[]) {}

  public parse(): KqlNode {
    const node = this.parseOr();
    if (this.position < this.tokens.length) {
      throw new KqlSyntaxError('Unbalanced parentheses.');
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isOperator(value: 'AND' | 'OR' | 'NOT'): boolean {
    const token = this.peek();
    return token?.type === 'operator' && token.value === value;
  }

  private parseOr(): KqlNode {
    const operands = [this.parseAnd()];
    while (this.isOperator('OR')) {
      this.position += 1;
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? operands[0] : { kind: 'or', operands };
  }

  private startsOperand(): boolean {
    const token = this.peek();
    return token !== undefined && token.type !== ')' && !(token.type === 'operator' && token.value === 'OR');
  }

  private parseAnd(): KqlNode {
    const operands = [this.parseUnary()];
    let explicit = false;
    while (this.startsOperand()) {
      if (this.isOperator('AND')) {
        explicit = true;
        this.position += 1;
      } else if (this.isOperator('NOT')) {
        // `a NOT b` means a AND NOT b.
        this.position += 1;
        operands.push({ kind: 'not', operand: this.parseUnary() });
        continue;
      }
      operands.push(this.parseUnary());
    }
    if (operands.length === 1) {
      return operands[0];
    }
    return explicit ? { kind: 'and', operands, explicit } : { kind: 'and', operands };
  }

  private parseUnary(): KqlNode {
    const token = this.peek();
    if (!token) {
      throw new KqlSyntaxError('The query ended where a term was expected.');
    }
    if (token.type === 'operator' && token.value === 'NOT') {
      this.position += 1;
      return { kind: 'not', operand: this.nesting.nested(() => this.parseUnary()) };
    }
    if (token.type === 'modifier') {
      this.position += 1;
      const operand = this.nesting.nested(() => this.parseUnary());
      return token.value === '-' ? { kind: 'not', operand } : operand;
    }
    return this.parsePrimary();
  }

  private parsePrimary(): KqlNode {
    const token = this.tokens[this.position];
    this.position += 1;
    switch (token.type) {
      case '(': {
        const inner = this.nesting.nested(() => this.parseOr());
        if (this.peek()?.type !== ')') {
          throw new KqlSyntaxError('Unbalanced parentheses.');
        }
        this.position += 1;
        return inner;
      }
      case 'text':
        if (!token.quoted && /^\*+$/.test(token.text)) {
          return { kind: 'all' };
        }
        if (token.text.trim() === '') {
          throw new KqlSyntaxError('Empty phrase.');
        }
        return { kind: 'term', ...textOf(token.text, token.quoted) };
      case 'property':
        if (token.text.trim() === '') {
          throw new KqlSyntaxError(`The property restriction on ${token.property} has no value.`);
        }
        return {
          kind: 'property',
          property: token.property,
          operator: token.operator,
          ...textOf(token.text, token.quoted)
        };
      case ')':
        throw new KqlSyntaxError('Unbalanced parentheses.');
      default:
        throw new KqlSyntaxError(`'${token.type === 'operator' ? token.value : token.type}' cannot stand here.`);
    }
  }
}

/** Parses a KQL query; an empty query is undefined (SharePoint returns nothing for it). */
export function parseKql(source: string): KqlNode | undefined {
  if (source.length > MAX_QUERY_LENGTH) {
    throw new KqlSyntaxError('The query is too long.');
  }
  const tokens = tokenizeKql(source);
  if (tokens.length === 0) {
    return undefined;
  }
  return new KqlParser(tokens).parse();
}
