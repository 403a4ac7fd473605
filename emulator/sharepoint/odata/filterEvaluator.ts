import type { FieldSchema, ListSchema } from '../store/listSchema';
import { findField } from '../store/listSchema';
import type { FieldValue } from '../store/listStore';
import {
  FilterFieldError,
  FilterSyntaxError,
  type ComparisonOperator,
  type FilterNode,
  type Literal,
  type Operand
} from '../../shared/odata/filterAst';

/** A list item as the filter sees it: every field by internal name. */
export type ItemRecord = Readonly<Record<string, FieldValue>>;
export type ItemPredicate = (item: ItemRecord) => boolean;

type Scalar = string | number | boolean | null;

function fold(text: string): string {
  return text.toLocaleLowerCase('en-US');
}

function fieldFor(schema: ListSchema, operand: Operand): FieldSchema {
  if (operand.kind !== 'property') {
    throw new FilterSyntaxError('Expected a field name.');
  }
  const field = findField(schema, operand.name);
  if (!field) {
    throw new FilterFieldError(`Column '${operand.name}' does not exist. It may have been deleted by another user.`);
  }
  if (field.type === 'Note') {
    throw new FilterFieldError(
      `The field '${field.name}' of type 'Note' cannot be used in the query filter expression.`
    );
  }
  return field;
}

/** Turns a literal into the field's value space, as SharePoint converts query values to the column type. */
function coerce(field: FieldSchema, literal: Literal): Scalar {
  if (literal.kind === 'null') {
    return null;
  }
  switch (field.type) {
    case 'Counter':
    case 'Integer':
    case 'Number': {
      const value =
        literal.kind === 'string'
          ? Number(literal.value)
          : literal.kind === 'number'
            ? literal.value
            : literal.kind === 'boolean'
              ? Number(literal.value)
              : NaN;
      if (!Number.isFinite(value)) {
        throw new FilterFieldError(`The value of '${field.name}' must be a number.`);
      }
      return value;
    }
    case 'Boolean': {
      if (literal.kind === 'boolean') return literal.value;
      if (literal.kind === 'number' && (literal.value === 0 || literal.value === 1)) return literal.value === 1;
      if (literal.kind === 'string' && /^(0|1|true|false)$/i.test(literal.value))
        return /^(1|true)$/i.test(literal.value);
      throw new FilterFieldError(`The value of '${field.name}' must be a Boolean.`);
    }
    case 'DateTime': {
      const text = literal.kind === 'string' || literal.kind === 'datetime' ? literal.value : '';
      const time = Date.parse(text);
      if (!Number.isFinite(time)) {
        throw new FilterFieldError(`The value '${text}' of '${field.name}' is not a valid date.`);
      }
      return time;
    }
    default:
      if (literal.kind === 'string' || literal.kind === 'datetime') return fold(literal.value);
      if (literal.kind === 'number') return String(literal.value);
      return String(literal.value);
  }
}

function scalarsOf(field: FieldSchema, value: FieldValue | undefined): Scalar[] {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    return [];
  }
  const values = Array.isArray(value) ? value : [value];
  return values.map((entry): Scalar => {
    if (field.type === 'DateTime') return Date.parse(String(entry));
    if (typeof entry === 'string' && field.type !== 'Number' && field.type !== 'Integer' && field.type !== 'Counter')
      return fold(entry);
    return entry;
  });
}

function compareScalars(operator: ComparisonOperator, actual: Scalar, expected: Scalar): boolean {
  if (actual === null || expected === null) {
    return operator === 'eq' ? actual === expected : operator === 'ne' ? actual !== expected : false;
  }
  if (typeof actual === 'string' && typeof expected === 'string') {
    const order = actual.localeCompare(expected, 'en-US');
    return applyOrder(operator, order);
  }
  if (typeof actual === 'number' && typeof expected === 'number') {
    return applyOrder(operator, actual === expected ? 0 : actual < expected ? -1 : 1);
  }
  if (operator === 'eq') return actual === expected;
  if (operator === 'ne') return actual !== expected;
  return false;
}

function applyOrder(operator: ComparisonOperator, order: number): boolean {
  switch (operator) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'gt':
      return order > 0;
    case 'lt':
      return order < 0;
    case 'ge':
      return order >= 0;
    default:
      return order <= 0;
  }
}

const MIRRORED: Record<ComparisonOperator, ComparisonOperator> = {
  eq: 'eq',
  ne: 'ne',
  gt: 'lt',
  lt: 'gt',
  ge: 'le',
  le: 'ge'
};

function compileCompare(
  schema: ListSchema,
  operator: ComparisonOperator,
  left: Operand,
  right: Operand
): ItemPredicate {
  if (left.kind !== 'property' && right.kind === 'property') {
    return compileCompare(schema, MIRRORED[operator], right, left);
  }
  if (left.kind !== 'property' || right.kind === 'property') {
    throw new FilterFieldError('A comparison must have a column on one side and a value on the other.');
  }
  const field = fieldFor(schema, left);
  const expected = coerce(field, right);
  if (field.type === 'MultiChoice') {
    if (operator !== 'eq' && operator !== 'ne') {
      throw new FilterFieldError(
        `The operator '${operator}' is not supported on the multi-value field '${field.name}'.`
      );
    }
    return (item) => {
      const values = scalarsOf(field, item[field.name]);
      const contains = expected === null ? values.length === 0 : values.includes(expected);
      return operator === 'eq' ? contains : !contains;
    };
  }
  return (item) => {
    const values = scalarsOf(field, item[field.name]);
    return compareScalars(operator, values.length === 0 ? null : values[0], expected);
  };
}

function compileText(
  schema: ListSchema,
  fieldOperand: Operand,
  textOperand: Operand,
  test: (value: string, needle: string) => boolean
): ItemPredicate {
  const field = fieldFor(schema, fieldOperand);
  if (textOperand.kind !== 'string') {
    throw new FilterFieldError('substringof and startswith need a string value.');
  }
  const needle = fold(textOperand.value);
  return (item) => scalarsOf(field, item[field.name]).some((value) => test(fold(String(value)), needle));
}

/** `substringof('text', Field)` and `startswith(Field, 'text')`, the text functions SharePoint list REST has. */
function compileCall(schema: ListSchema, node: Extract<FilterNode, { kind: 'call' }>): ItemPredicate {
  if (node.args.length !== 2 || (node.name !== 'substringof' && node.name !== 'startswith')) {
    throw new FilterSyntaxError(`The function '${node.name}' with ${node.args.length} argument(s) is not supported.`);
  }
  const [first, second] = node.args;
  return node.name === 'substringof'
    ? compileText(schema, second, first, (value, needle) => value.includes(needle))
    : compileText(schema, first, second, (value, needle) => value.startsWith(needle));
}

/** Checks the filter against the list's columns and returns a predicate over its items. */
export function compileFilter(node: FilterNode, schema: ListSchema): ItemPredicate {
  switch (node.kind) {
    case 'and': {
      const left = compileFilter(node.left, schema);
      const right = compileFilter(node.right, schema);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compileFilter(node.left, schema);
      const right = compileFilter(node.right, schema);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const operand = compileFilter(node.operand, schema);
      return (item) => !operand(item);
    }
    case 'call':
      return compileCall(schema, node);
    case 'in':
      throw new FilterSyntaxError("The 'in' operator is not supported by SharePoint list queries.");
    default:
      return compileCompare(schema, node.operator, node.left, node.right);
  }
}
