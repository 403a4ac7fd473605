import { FilterFieldError, FilterSyntaxError } from '../../../emulator/shared/odata/filterAst';
import { MAX_FILTER_DEPTH, parseFilter } from '../../../emulator/shared/odata/filterParser';
import { compileRecordFilter, type RecordProperty } from '../../../emulator/shared/odata/recordFilter';
import { filterToSql, type FilterField } from '../../../emulator/graph/store/filterSql';

const GRAPH_FIELDS: Record<string, FilterField> = {
  displayname: {
    column: 'displayName',
    type: 'string',
    operators: ['eq', 'ne', 'in', 'startswith', 'endswith', 'range']
  },
  accountenabled: { column: 'accountEnabled', type: 'boolean', operators: ['eq', 'ne'] }
};

describe('the shared $filter parser', () => {
  it('parses both dialects into one tree', () => {
    expect(parseFilter("startswith(displayName,'An') and accountEnabled eq true")).toEqual({
      kind: 'and',
      left: {
        kind: 'call',
        name: 'startswith',
        args: [
          { kind: 'property', name: 'displayName' },
          { kind: 'string', value: 'An' }
        ]
      },
      right: {
        kind: 'compare',
        operator: 'eq',
        left: { kind: 'property', name: 'accountEnabled' },
        right: { kind: 'boolean', value: true }
      }
    });
    expect(parseFilter("substringof('clip', Title) eq false")).toEqual({
      kind: 'not',
      operand: {
        kind: 'call',
        name: 'substringof',
        args: [
          { kind: 'string', value: 'clip' },
          { kind: 'property', name: 'Title' }
        ]
      }
    });
    expect(parseFilter("Created ge datetime'2026-03-01T00:00:00Z'")).toMatchObject({
      right: { kind: 'datetime', value: '2026-03-01T00:00:00Z' }
    });
    expect(parseFilter("userType in ('Guest', 'Member')")).toEqual({
      kind: 'in',
      left: { kind: 'property', name: 'userType' },
      values: [
        { kind: 'string', value: 'Guest' },
        { kind: 'string', value: 'Member' }
      ]
    });
  });

  it('guards nesting with one depth limit, for parentheses and not alike', () => {
    const nested = (depth: number): string => `${'('.repeat(depth)}Id eq 1${')'.repeat(depth)}`;
    expect(() => parseFilter(nested(MAX_FILTER_DEPTH))).not.toThrow();
    expect(() => parseFilter(nested(MAX_FILTER_DEPTH + 1))).toThrow(/nested too deeply/);
    expect(() => parseFilter(`${'not '.repeat(MAX_FILTER_DEPTH + 1)}Id eq 1`)).toThrow(/nested too deeply/);
    expect(() => parseFilter('x'.repeat(4001))).toThrow(FilterSyntaxError);
  });
});

describe('the Graph evaluator', () => {
  it('renders SQL with parameters and marks advanced operators', () => {
    expect(filterToSql("displayName eq 'Anne' or startswith(displayName,'P_')", GRAPH_FIELDS, 'User')).toEqual({
      sql: "((displayName = ? COLLATE NOCASE) OR (displayName LIKE ? ESCAPE '\\'))",
      params: ['Anne', 'P\\_%'],
      advanced: false
    });
    expect(filterToSql('not (accountEnabled eq false)', GRAPH_FIELDS, 'User')).toMatchObject({
      params: [0],
      advanced: true
    });
  });

  it("refuses what Graph refuses with Graph's errors", () => {
    const failure = (filter: string): { status: number; code: string } => {
      try {
        filterToSql(filter, GRAPH_FIELDS, 'User');
      } catch (error) {
        return { status: (error as { status: number }).status, code: (error as { code: string }).code };
      }
      throw new Error(`'${filter}' was accepted`);
    };
    expect(failure("substringof('a', displayName)")).toEqual({ status: 400, code: 'BadRequest' });
    expect(failure("shoeSize eq 'x'")).toEqual({ status: 400, code: 'Request_UnsupportedQuery' });
    expect(failure(`displayName in (${Array.from({ length: 16 }, (_, i) => `'${i}'`).join(',')})`)).toEqual({
      status: 400,
      code: 'Request_UnsupportedQuery'
    });
    expect(failure("'Anne' eq displayName")).toEqual({ status: 400, code: 'BadRequest' });
  });
});

describe('the in-memory record evaluator', () => {
  const properties: Record<string, RecordProperty> = {
    internalname: { name: 'InternalName', type: 'string', operators: ['eq', 'ne', 'startswith', 'substringof'] },
    hidden: { name: 'Hidden', type: 'boolean', operators: ['eq'] }
  };
  const records = [
    { InternalName: 'Kind', Hidden: false },
    { InternalName: 'ContentTypeId', Hidden: true },
    { InternalName: 'ContributorId', Hidden: false }
  ];
  const names = (filter: string): string[] =>
    records.filter(compileRecordFilter(parseFilter(filter), properties)).map((record) => record.InternalName);

  it('matches case-insensitively with the declared operators', () => {
    expect(names("startswith(InternalName, 'cont') and Hidden eq false")).toEqual(['ContributorId']);
    expect(names("substringof('id', InternalName) or InternalName eq 'KIND'")).toEqual([
      'Kind',
      'ContentTypeId',
      'ContributorId'
    ]);
  });

  it('refuses undeclared properties, operators and value types', () => {
    expect(() => names("Title eq 'x'")).toThrow(FilterFieldError);
    expect(() => names('Hidden ne true')).toThrow(FilterFieldError);
    expect(() => names("Hidden eq 'yes'")).toThrow(FilterFieldError);
    expect(() => names("InternalName in ('Kind')")).toThrow(FilterSyntaxError);
  });
});
