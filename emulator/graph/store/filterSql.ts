import { badRequest, GraphError } from '../../shared/http/errors';
import {
  FilterSyntaxError,
  isProperty,
  type FilterNode,
  type Literal,
  type Operand
} from '../../shared/odata/filterAst';
import { parseFilter } from '../../shared/odata/filterParser';

/** The `$filter` subset Graph offers on directory objects, rendered as a SQL condition. */
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

/** Graph refuses more values than this in one `in (…)`. */
const MAX_IN_VALUES = 15;
const SQL_OPERATORS = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

function invalidFilter(detail: string): GraphError {
  return badRequest(`Invalid filter clause: ${detail}`, 'BadRequest');
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Renders one parsed filter for one entity, collecting parameters and whether it needs an advanced query. */
class SqlRenderer {
  public readonly params: Array<string | number | null> = [];
  public advanced = false;

  public constructor(
    private readonly fields: Readonly<Record<string, FilterField>>,
    private readonly entity: string
  ) {}

  public render(node: FilterNode): string {
    switch (node.kind) {
      case 'and':
      case 'or':
        return `(${this.render(node.left)} ${node.kind.toUpperCase()} ${this.render(node.right)})`;
      case 'not':
        this.advanced = true;
        return `(NOT ${this.render(node.operand)})`;
      case 'call':
        return this.renderCall(node);
      case 'in':
        return this.renderIn(node);
      default:
        return this.renderCompare(node);
    }
  }

  private field(operand: Operand, operator: FilterField['operators'][number]): FilterField {
    if (!isProperty(operand)) {
      throw invalidFilter('the left side of a condition must be a property.');
    }
    const field = this.fields[operand.name.toLowerCase()];
    if (!field || !field.operators.includes(operator)) {
      throw badRequest(
        `Unsupported or invalid query filter clause specified for property '${operand.name}' of resource '${this.entity}'.`,
        'Request_UnsupportedQuery'
      );
    }
    return field;
  }

  private value(field: FilterField, property: string, operand: Operand): string | number | null {
    if (operand.kind === 'null') {
      return null;
    }
    const literal = operand as Literal;
    if (field.type === 'boolean' && literal.kind === 'boolean') {
      return literal.value ? 1 : 0;
    }
    if (field.type === 'string' && literal.kind === 'string') {
      return literal.value;
    }
    if (isProperty(operand)) {
      throw invalidFilter(`'${operand.name}' is not a value.`);
    }
    throw badRequest(
      `A binary operator with incompatible types was detected for property '${property}' of resource '${this.entity}'.`
    );
  }

  private renderCall(node: Extract<FilterNode, { kind: 'call' }>): string {
    if ((node.name !== 'startswith' && node.name !== 'endswith') || node.args.length !== 2) {
      throw invalidFilter(`the function '${node.name}' is not supported.`);
    }
    const [property, text] = node.args;
    const field = this.field(property, node.name);
    if (text.kind !== 'string') {
      throw invalidFilter(`${node.name} needs a string.`);
    }
    if (node.name === 'endswith') {
      this.advanced = true;
    }
    this.params.push(node.name === 'endswith' ? `%${escapeLike(text.value)}` : `${escapeLike(text.value)}%`);
    return `(${field.column} LIKE ? ESCAPE '\\')`;
  }

  private renderIn(node: Extract<FilterNode, { kind: 'in' }>): string {
    if (node.values.length > MAX_IN_VALUES) {
      throw badRequest(
        `Too many values in the in operator: at most ${MAX_IN_VALUES} are allowed.`,
        'Request_UnsupportedQuery'
      );
    }
    const field = this.field(node.left, 'in');
    const name = isProperty(node.left) ? node.left.name : '';
    for (const value of node.values) {
      this.params.push(this.value(field, name, value));
    }
    return `(${field.column} COLLATE NOCASE IN (${node.values.map(() => '?').join(', ')}))`;
  }

  private renderCompare(node: Extract<FilterNode, { kind: 'compare' }>): string {
    const field = this.field(node.left, node.operator === 'eq' || node.operator === 'ne' ? node.operator : 'range');
    const value = this.value(field, isProperty(node.left) ? node.left.name : '', node.right);
    if (node.operator === 'ne') {
      this.advanced = true;
    }
    if (value === null) {
      return node.operator === 'eq'
        ? `(${field.column} IS NULL)`
        : node.operator === 'ne'
          ? `(${field.column} IS NOT NULL)`
          : '(0)';
    }
    this.params.push(value);
    return `(${field.column} ${SQL_OPERATORS[node.operator]} ? COLLATE NOCASE)`;
  }
}

function parseGraphFilter(raw: string): FilterNode {
  try {
    return parseFilter(raw);
  } catch (error) {
    if (error instanceof FilterSyntaxError) {
      throw invalidFilter(error.message);
    }
    throw error;
  }
}

/** Parses `$filter` and renders it as a SQL condition over the given fields (property names match case-insensitively). */
export function filterToSql(raw: string, fields: Readonly<Record<string, FilterField>>, entity: string): SqlFilter {
  const renderer = new SqlRenderer(fields, entity);
  const sql = renderer.render(parseGraphFilter(raw));
  return { sql, params: renderer.params, advanced: renderer.advanced };
}
