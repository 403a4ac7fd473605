import { badRequest, GraphError } from './errors';

/** The `$filter` subset Graph offers on directory objects, parsed to a tree and rendered as SQL. */
type Literal = string | number | boolean | null;

type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; property: string; value: Literal }
  | { kind: 'function'; name: 'startswith' | 'endswith'; property: string; value: string }
  | { kind: 'in'; property: string; values: Literal[] };

type Token = { type: 'word'; value: string } | { type: 'string'; value: string } | { type: 'number'; value: number } | { type: 'punct'; value: '(' | ')' | ',' };

const MAX_FILTER_LENGTH = 4000;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ type: 'punct', value: ch });
      i++;
    } else if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= input.length) {
          throw invalidFilter('unterminated string literal');
        }
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += input[i++];
      }
      tokens.push({ type: 'string', value });
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?\d+(\.\d+)?/.exec(input.slice(i));
      if (!match) {
        throw invalidFilter(`unexpected '${ch}'`);
      }
      tokens.push({ type: 'number', value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_$]/.test(ch)) {
      const match = /^[A-Za-z_$][A-Za-z0-9_./$]*/.exec(input.slice(i));
      tokens.push({ type: 'word', value: (match as RegExpExecArray)[0] });
      i += (match as RegExpExecArray)[0].length;
    } else {
      throw invalidFilter(`unexpected '${ch}'`);
    }
  }
  return tokens;
}

function invalidFilter(detail: string): GraphError {
  return badRequest(`Invalid filter clause: ${detail}.`, 'BadRequest');
}

class Parser {
  private position = 0;
  private depth = 0;
  public constructor(private readonly tokens: Token[]) {}

  public parse(): FilterNode {
    const node = this.or();
    if (this.position < this.tokens.length) {
      throw invalidFilter(`unexpected '${String(this.tokens[this.position].value)}'`);
    }
    return node;
  }

  private peekWord(word: string): boolean {
    const token = this.tokens[this.position];
    return token?.type === 'word' && token.value.toLowerCase() === word;
  }

  private expectPunct(value: '(' | ')' | ','): void {
    const token = this.tokens[this.position++];
    if (token?.type !== 'punct' || token.value !== value) {
      throw invalidFilter(`expected '${value}'`);
    }
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.peekWord('or')) {
      this.position++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.peekWord('and')) {
      this.position++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (++this.depth > 50) {
      throw invalidFilter('the expression is nested too deeply');
    }
    try {
      if (this.peekWord('not')) {
        this.position++;
        return { kind: 'not', operand: this.unary() };
      }
      return this.primary();
    } finally {
      this.depth--;
    }
  }

  private literal(): Literal {
    const token = this.tokens[this.position++];
    if (!token) {
      throw invalidFilter('a value is missing');
    }
    if (token.type === 'string' || token.type === 'number') {
      return token.value;
    }
    if (token.type === 'word') {
      const word = token.value.toLowerCase();
      if (word === 'true' || word === 'false') {
        return word === 'true';
      }
      if (word === 'null') {
        return null;
      }
    }
    throw invalidFilter(`'${String(token.value)}' is not a value`);
  }

  private primary(): FilterNode {
    const token = this.tokens[this.position++];
    if (!token) {
      throw invalidFilter('the expression ends too early');
    }
    if (token.type === 'punct' && token.value === '(') {
      const inner = this.or();
      this.expectPunct(')');
      return inner;
    }
    if (token.type !== 'word') {
      throw invalidFilter(`unexpected '${String(token.value)}'`);
    }
    const name = token.value.toLowerCase();
    if (name === 'startswith' || name === 'endswith') {
      this.expectPunct('(');
      const property = this.tokens[this.position++];
      if (property?.type !== 'word') {
        throw invalidFilter(`${name} needs a property name`);
      }
      this.expectPunct(',');
      const value = this.literal();
      this.expectPunct(')');
      if (typeof value !== 'string') {
        throw invalidFilter(`${name} needs a string`);
      }
      return { kind: 'function', name, property: property.value, value };
    }
    const operator = this.tokens[this.position++];
    if (operator?.type !== 'word') {
      throw invalidFilter(`an operator is missing after '${token.value}'`);
    }
    const op = operator.value.toLowerCase();
    if (op === 'in') {
      this.expectPunct('(');
      const values: Literal[] = [this.literal()];
      while (this.tokens[this.position]?.type === 'punct' && this.tokens[this.position].value === ',') {
        this.position++;
        values.push(this.literal());
      }
      this.expectPunct(')');
      if (values.length > 15) {
        throw badRequest('Too many values in the in operator: at most 15 are allowed.', 'Request_UnsupportedQuery');
      }
      return { kind: 'in', property: token.value, values };
    }
    if (op === 'eq' || op === 'ne' || op === 'gt' || op === 'ge' || op === 'lt' || op === 'le') {
      return { kind: 'compare', op, property: token.value, value: this.literal() };
    }
    throw invalidFilter(`unknown operator '${operator.value}'`);
  }
}

export interface FilterField {
  column: string;
  type: 'string' | 'boolean';
  /** Operators Graph supports on the property without advanced query headers. */
  operators: ReadonlyArray<'eq' | 'ne' | 'in' | 'startswith' | 'endswith' | 'range'>;
}

export interface SqlFilter {
  sql: string;
  params: Array<string | number | null>;
  /** Uses operators that Graph serves only as advanced queries (ConsistencyLevel: eventual + $count=true). */
  advanced: boolean;
}

function sqlValue(field: FilterField, property: string, value: Literal, entity: string): string | number | null {
  if (value === null) {
    return null;
  }
  if (field.type === 'boolean') {
    if (typeof value !== 'boolean') {
      throw badRequest(`A binary operator with incompatible types was detected for property '${property}' of resource '${entity}'.`);
    }
    return value ? 1 : 0;
  }
  if (typeof value !== 'string') {
    throw badRequest(`A binary operator with incompatible types was detected for property '${property}' of resource '${entity}'.`);
  }
  return value;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Parses `$filter` and renders it as a SQL condition over the given fields (property names match case-insensitively). */
export function filterToSql(raw: string, fields: Readonly<Record<string, FilterField>>, entity: string): SqlFilter {
  if (raw.length > MAX_FILTER_LENGTH) {
    throw badRequest('The $filter expression is too long.');
  }
  const tree = new Parser(tokenize(raw)).parse();
  const params: Array<string | number | null> = [];
  let advanced = false;
  const fieldFor = (property: string, operator: FilterField['operators'][number]): FilterField => {
    const field = fields[property.toLowerCase()];
    if (!field) {
      throw badRequest(`Unsupported or invalid query filter clause specified for property '${property}' of resource '${entity}'.`, 'Request_UnsupportedQuery');
    }
    if (!field.operators.includes(operator)) {
      throw badRequest(`Unsupported or invalid query filter clause specified for property '${property}' of resource '${entity}'.`, 'Request_UnsupportedQuery');
    }
    return field;
  };
  const render = (node: FilterNode): string => {
    switch (node.kind) {
      case 'and':
      case 'or':
        return `(${render(node.left)} ${node.kind.toUpperCase()} ${render(node.right)})`;
      case 'not':
        advanced = true;
        return `(NOT ${render(node.operand)})`;
      case 'function': {
        const field = fieldFor(node.property, node.name);
        if (node.name === 'endswith') {
          advanced = true;
          params.push(`%${escapeLike(node.value)}`);
        } else {
          params.push(`${escapeLike(node.value)}%`);
        }
        return `(${field.column} LIKE ? ESCAPE '\\')`;
      }
      case 'in': {
        const field = fieldFor(node.property, 'in');
        for (const value of node.values) {
          params.push(sqlValue(field, node.property, value, entity));
        }
        return `(${field.column} COLLATE NOCASE IN (${node.values.map(() => '?').join(', ')}))`;
      }
      case 'compare': {
        const operator = node.op === 'eq' || node.op === 'ne' ? node.op : 'range';
        const field = fieldFor(node.property, operator);
        const value = sqlValue(field, node.property, node.value, entity);
        if (node.op === 'ne') {
          advanced = true;
        }
        if (value === null) {
          return node.op === 'eq' ? `(${field.column} IS NULL)` : node.op === 'ne' ? `(${field.column} IS NOT NULL)` : '(0)';
        }
        params.push(value);
        const sqlOp = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[node.op];
        return `(${field.column} ${sqlOp} ? COLLATE NOCASE)`;
      }
    }
  };
  const sql = render(tree);
  return { sql, params, advanced };
}
