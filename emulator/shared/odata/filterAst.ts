/**
 * The `$filter` expression tree shared by the Graph and SharePoint evaluators. The grammar is the union of what
 * both services accept (OData v4 for Graph, v3 for SharePoint list REST); each evaluator refuses what its service
 * does not support, with that service's error.
 */
export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le';

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'datetime'; value: string };

export type Operand = { kind: 'property'; name: string } | Literal;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; operator: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'in'; left: Operand; values: Literal[] }
  /** A function call such as `startswith(displayName,'a')` or `substringof('a',Title)`; `name` is lower case. */
  | { kind: 'call'; name: string; args: Operand[] };

/** The expression cannot be parsed (or uses a construct the evaluating service does not have). */
export class FilterSyntaxError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

/** The expression parses but names a property the resource lacks, or compares it in a way the service refuses. */
export class FilterFieldError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'FilterFieldError';
  }
}

export function isProperty(operand: Operand): operand is { kind: 'property'; name: string } {
  return operand.kind === 'property';
}
