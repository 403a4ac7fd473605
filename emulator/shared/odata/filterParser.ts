import { FilterSyntaxError, type ComparisonOperator, type FilterNode, type Literal, type Operand } from './filterAst';
import { tokenizeFilter, type FilterToken } from './filterTokenizer';
import { NestingGuard } from './nestingGuard';

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'lt', 'ge', 'le']);
const KEYWORDS: ReadonlySet<string> = new Set([...COMPARISONS, 'and', 'or', 'not', 'in']);
export const MAX_FILTER_LENGTH = 4000;
/** How deeply parentheses and `not` may nest: hostile input is refused before it can exhaust the stack. */
export const MAX_FILTER_DEPTH = 100;

function unexpected(token: FilterToken): FilterSyntaxError {
  return new FilterSyntaxError(`Unexpected '${token.text}' at position ${token.at}.`);
}

/** Recursive descent over `or` < `and` < `not` < comparisons, calls, `in` and parentheses. */
class FilterParser {
  private position = 0;
  private readonly nesting = new NestingGuard(
    MAX_FILTER_DEPTH,
    () => new FilterSyntaxError('The filter expression is nested too deeply.')
  );

  public constructor(private readonly tokens: FilterToken[]) {}

  public parse(): FilterNode {
    const node = this.parseOr();
    const extra = this.tokens[this.position];
    if (extra) {
      throw unexpected(extra);
    }
    return node;
  }

  private peek(offset = 0): FilterToken | undefined {
    return this.tokens[this.position + offset];
  }

  private peekKeyword(word: string): boolean {
    const token = this.peek();
    return token?.type === 'identifier' && token.text.toLowerCase() === word;
  }

  private next(): FilterToken {
    const token = this.tokens[this.position];
    if (!token) {
      throw new FilterSyntaxError('The filter expression ended unexpectedly.');
    }
    this.position += 1;
    return token;
  }

  private expect(type: FilterToken['type']): FilterToken {
    const token = this.peek();
    if (!token || token.type !== type) {
      throw new FilterSyntaxError(
        token
          ? `Expected '${type}' at position ${token.at} but found '${token.text}'.`
          : `Expected '${type}' at the end of the expression.`
      );
    }
    this.position += 1;
    return token;
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

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token?.type === '(') {
      this.position += 1;
      const inner = this.nesting.nested(() => this.parseOr());
      this.expect(')');
      return this.maybeBooleanComparison(inner);
    }
    if (token?.type === 'identifier' && this.peek(1)?.type === '(' && !KEYWORDS.has(token.text.toLowerCase())) {
      return this.maybeBooleanComparison(this.parseCall());
    }
    const left = this.parseOperand();
    if (this.peekKeyword('in')) {
      this.position += 1;
      return { kind: 'in', left, values: this.parseLiteralList() };
    }
    const operator = this.peek();
    if (!operator || operator.type !== 'identifier' || !COMPARISONS.has(operator.text.toLowerCase())) {
      throw new FilterSyntaxError(
        operator
          ? `Expected a comparison operator at position ${operator.at} but found '${operator.text}'.`
          : 'Expected a comparison operator at the end of the expression.'
      );
    }
    this.position += 1;
    return {
      kind: 'compare',
      operator: operator.text.toLowerCase() as ComparisonOperator,
      left,
      right: this.parseOperand()
    };
  }

  private parseCall(): FilterNode {
    const name = this.next().text.toLowerCase();
    this.expect('(');
    const args: Operand[] = [];
    if (this.peek()?.type !== ')') {
      args.push(this.parseOperand());
      while (this.peek()?.type === ',') {
        this.position += 1;
        args.push(this.parseOperand());
      }
    }
    this.expect(')');
    return { kind: 'call', name, args };
  }

  private parseLiteralList(): Literal[] {
    this.expect('(');
    const values: Literal[] = [this.parseLiteral()];
    while (this.peek()?.type === ',') {
      this.position += 1;
      values.push(this.parseLiteral());
    }
    this.expect(')');
    return values;
  }

  /** `startswith(Title,'a') eq true` and `(…) eq false`, as some callers write them, fold to the condition or its negation. */
  private maybeBooleanComparison(node: FilterNode): FilterNode {
    const operator = this.peek();
    const value = this.peek(1);
    const op = operator?.type === 'identifier' ? operator.text.toLowerCase() : '';
    if ((op === 'eq' || op === 'ne') && value?.type === 'identifier' && /^(true|false)$/i.test(value.text)) {
      this.position += 2;
      const wantsTrue = (value.text.toLowerCase() === 'true') === (op === 'eq');
      return wantsTrue ? node : { kind: 'not', operand: node };
    }
    return node;
  }

  private parseLiteral(): Literal {
    const token = this.peek();
    const operand = this.parseOperand();
    if (operand.kind === 'property') {
      throw new FilterSyntaxError(`'${operand.name}' at position ${(token as FilterToken).at} is not a value.`);
    }
    return operand;
  }

  private parseOperand(): Operand {
    const token = this.next();
    switch (token.type) {
      case 'string':
        return { kind: 'string', value: token.text };
      case 'datetime':
        return { kind: 'datetime', value: token.text };
      case 'number':
        return { kind: 'number', value: Number(token.text) };
      case 'identifier':
        return this.identifierOperand(token);
      default:
        throw unexpected(token);
    }
  }

  private identifierOperand(token: FilterToken): Operand {
    const lower = token.text.toLowerCase();
    if (lower === 'true' || lower === 'false') {
      return { kind: 'boolean', value: lower === 'true' };
    }
    if (lower === 'null') {
      return { kind: 'null' };
    }
    if (KEYWORDS.has(lower)) {
      throw unexpected(token);
    }
    return { kind: 'property', name: token.text };
  }
}

/** Parses a `$filter` expression (Graph or SharePoint dialect) into the shared tree. */
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
