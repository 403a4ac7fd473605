import {
  FilterFieldError,
  FilterSyntaxError,
  isProperty,
  type ComparisonOperator,
  type FilterNode,
  type Literal,
  type Operand
} from './filterAst';

/** `$filter` over small in-memory collections (channels, list fields): each property declares its type and operators. */
export type RecordValue = string | number | boolean | null;
export type RecordOperator = 'eq' | 'ne' | 'range' | 'startswith' | 'endswith' | 'substringof';

export interface RecordProperty {
  /** The property's name as the records hold it. */
  name: string;
  type: 'string' | 'number' | 'boolean';
  operators: readonly RecordOperator[];
}

export type RecordPredicate = (record: Readonly<Record<string, RecordValue>>) => boolean;

const MIRRORED: Record<ComparisonOperator, ComparisonOperator> = {
  eq: 'eq',
  ne: 'ne',
  gt: 'lt',
  lt: 'gt',
  ge: 'le',
  le: 'ge'
};

function lookup(
  properties: Readonly<Record<string, RecordProperty>>,
  operand: Operand,
  operator: RecordOperator
): RecordProperty {
  if (!isProperty(operand)) {
    throw new FilterSyntaxError('Expected a property name.');
  }
  const property = properties[operand.name.toLowerCase()];
  if (!property || !property.operators.includes(operator)) {
    throw new FilterFieldError(`The query filter clause on property '${operand.name}' is not supported.`);
  }
  return property;
}

function valueOf(property: RecordProperty, literal: Literal): RecordValue {
  if (literal.kind === 'null') {
    return null;
  }
  const matches = property.type === 'string' ? literal.kind === 'string' : literal.kind === property.type;
  if (!matches || literal.kind === 'datetime') {
    throw new FilterFieldError(`The value for property '${property.name}' must be of type ${property.type}.`);
  }
  return typeof literal.value === 'string' ? literal.value.toLowerCase() : literal.value;
}

function ordered(operator: ComparisonOperator, actual: RecordValue, expected: RecordValue): boolean {
  if (operator === 'eq' || operator === 'ne') {
    return (actual === expected) === (operator === 'eq');
  }
  if (actual === null || expected === null) {
    return false;
  }
  const order = actual < expected ? -1 : actual > expected ? 1 : 0;
  return { gt: order > 0, lt: order < 0, ge: order >= 0, le: order <= 0 }[operator];
}

function fold(value: RecordValue | undefined): RecordValue {
  return typeof value === 'string' ? value.toLowerCase() : (value ?? null);
}

function compileCompare(
  properties: Readonly<Record<string, RecordProperty>>,
  node: Extract<FilterNode, { kind: 'compare' }>
): RecordPredicate {
  if (!isProperty(node.left) && isProperty(node.right)) {
    return compileCompare(properties, {
      ...node,
      operator: MIRRORED[node.operator],
      left: node.right,
      right: node.left
    });
  }
  if (isProperty(node.right)) {
    throw new FilterSyntaxError('A comparison needs a property on one side and a value on the other.');
  }
  const property = lookup(
    properties,
    node.left,
    node.operator === 'eq' || node.operator === 'ne' ? node.operator : 'range'
  );
  const expected = valueOf(property, node.right);
  return (record) => ordered(node.operator, fold(record[property.name]), expected);
}

const TEXT_TESTS: Readonly<
  Record<string, { operator: RecordOperator; textFirst: boolean; test: (value: string, needle: string) => boolean }>
> = {
  startswith: { operator: 'startswith', textFirst: false, test: (value, needle) => value.startsWith(needle) },
  endswith: { operator: 'endswith', textFirst: false, test: (value, needle) => value.endsWith(needle) },
  substringof: { operator: 'substringof', textFirst: true, test: (value, needle) => value.includes(needle) }
};

function compileCall(
  properties: Readonly<Record<string, RecordProperty>>,
  node: Extract<FilterNode, { kind: 'call' }>
): RecordPredicate {
  const text = TEXT_TESTS[node.name];
  if (!text || node.args.length !== 2) {
    throw new FilterSyntaxError(`The function '${node.name}' is not supported here.`);
  }
  const [propertyOperand, needleOperand] = text.textFirst ? [node.args[1], node.args[0]] : node.args;
  const property = lookup(properties, propertyOperand, text.operator);
  if (needleOperand.kind !== 'string') {
    throw new FilterFieldError(`${node.name} needs a string value.`);
  }
  const needle = needleOperand.value.toLowerCase();
  return (record) =>
    typeof record[property.name] === 'string' && text.test(String(record[property.name]).toLowerCase(), needle);
}

/** Checks the tree against the declared properties (keyed by lower-case name) and returns a predicate. */
export function compileRecordFilter(
  node: FilterNode,
  properties: Readonly<Record<string, RecordProperty>>
): RecordPredicate {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const left = compileRecordFilter(node.left, properties);
      const right = compileRecordFilter(node.right, properties);
      return node.kind === 'and'
        ? (record) => left(record) && right(record)
        : (record) => left(record) || right(record);
    }
    case 'not': {
      const operand = compileRecordFilter(node.operand, properties);
      return (record) => !operand(record);
    }
    case 'compare':
      return compileCompare(properties, node);
    case 'call':
      return compileCall(properties, node);
    default:
      throw new FilterSyntaxError("The 'in' operator is not supported here.");
  }
}
