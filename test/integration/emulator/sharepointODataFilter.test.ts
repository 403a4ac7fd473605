import { FilterFieldError, FilterSyntaxError } from '../../../emulator/shared/odata/filterAst';
import { parseFilter } from '../../../emulator/shared/odata/filterParser';
import { compileFilter, type ItemRecord } from '../../../emulator/sharepoint/odata/filterEvaluator';
import { itemRecord } from '../../../emulator/sharepoint/odata/itemShape';
import { parseItemQuery, QueryOptionError, runItemQuery } from '../../../emulator/sharepoint/odata/queryOptions';
import { loadListSchemas, type ListSchema } from '../../../emulator/sharepoint/store/listSchema';
import type { FieldValue, StoredItem } from '../../../emulator/sharepoint/store/listStore';

const highlights = loadListSchemas().find((list) => list.title === 'Kring Highlights') as ListSchema;

function item(id: number, values: Record<string, FieldValue>, created = `2026-0${id}-01T10:00:00Z`): StoredItem {
  return {
    listId: highlights.id,
    id,
    version: 1,
    guid: `g${id}`,
    created,
    modified: created,
    authorId: 7,
    editorId: 7,
    values
  };
}

const items: StoredItem[] = [
  item(1, {
    Title: 'Rubrics that work',
    Kind: 'AcceptedAnswer',
    GroupId: 'g-toetsing',
    Topics: ['Toetsing', 'Feedbackgeletterdheid'],
    ReplyId: 'r1'
  }),
  item(2, {
    Title: 'Kennisclip maken',
    Kind: 'LearningResource',
    GroupId: 'g-blended',
    Topics: ['Blended leren'],
    ReplyId: null
  }),
  item(3, {
    Title: "Anne's AI-richtlijn",
    Kind: 'LearningResource',
    GroupId: 'g-genai',
    Topics: ['Generatieve AI in het onderwijs', 'Toetsing'],
    ReplyId: null
  }),
  item(4, { Title: 'Python voor onderzoekers', Kind: 'AcceptedAnswer', GroupId: 'g-data', Topics: [], ReplyId: 'r4' })
];
const records: ItemRecord[] = items.map((entry) => itemRecord(entry, highlights));

function ids(filter: string): number[] {
  const predicate = compileFilter(parseFilter(filter), highlights);
  return records.filter(predicate).map((record) => Number(record.Id));
}

describe('SharePoint $filter', () => {
  it('compares text case-insensitively with eq and ne', () => {
    expect(ids("Kind eq 'learningresource'")).toEqual([2, 3]);
    expect(ids("Kind ne 'LearningResource'")).toEqual([1, 4]);
  });

  it('combines with and/or/not and parentheses, with and binding tighter than or', () => {
    expect(ids("Kind eq 'AcceptedAnswer' and GroupId eq 'g-data' or GroupId eq 'g-blended'")).toEqual([2, 4]);
    expect(ids("Kind eq 'AcceptedAnswer' and (GroupId eq 'g-data' or GroupId eq 'g-blended')")).toEqual([4]);
    expect(ids("not (Kind eq 'AcceptedAnswer')")).toEqual([2, 3]);
  });

  it('matches multi-value fields when any value equals, and ne when none does', () => {
    expect(ids("Topics eq 'Toetsing'")).toEqual([1, 3]);
    expect(ids("Topics ne 'Toetsing'")).toEqual([2, 4]);
    expect(ids('Topics eq null')).toEqual([4]);
  });

  it('supports substringof and startswith, also as "eq true"', () => {
    expect(ids("substringof('clip', Title)")).toEqual([2]);
    expect(ids("startswith(Title, 'python')")).toEqual([4]);
    expect(ids("substringof('AI', Title) eq true")).toEqual([3]);
    expect(ids("substringof('Toets', Topics)")).toEqual([1, 3]);
  });

  it('unescapes doubled quotes in string literals', () => {
    expect(ids("Title eq 'Anne''s AI-richtlijn'")).toEqual([3]);
  });

  it('compares numbers, dates (with or without datetime prefix) and nulls', () => {
    expect(ids('Id gt 2')).toEqual([3, 4]);
    expect(ids('ID le 2 and Id ge 2')).toEqual([2]);
    expect(ids("Created ge datetime'2026-03-01T00:00:00Z'")).toEqual([3, 4]);
    expect(ids("Created lt '2026-02-15T00:00:00Z'")).toEqual([1, 2]);
    expect(ids('ReplyId eq null')).toEqual([2, 3]);
    expect(ids('2 lt Id')).toEqual([3, 4]);
  });

  it('filters booleans on the registry list', () => {
    const registry = loadListSchemas().find((list) => list.title === 'Kring Interest Groups') as ListSchema;
    const groups = [
      { ...item(1, { Title: 'A', Featured: true }), listId: registry.id },
      { ...item(2, { Title: 'B', Featured: false }), listId: registry.id },
      { ...item(3, { Title: 'C' }), listId: registry.id }
    ].map((entry) => itemRecord(entry, registry));
    const featured = compileFilter(parseFilter('Featured eq 1'), registry);
    const notFeatured = compileFilter(parseFilter('Featured eq false'), registry);
    expect(groups.filter(featured).map((g) => g.Title)).toEqual(['A']);
    expect(groups.filter(notFeatured).map((g) => g.Title)).toEqual(['B', 'C']);
  });

  it.each([
    'Kind eq',
    "Kind eq 'x' and",
    "(Kind eq 'x'",
    "Kind eq 'x')",
    "Kind 'x'",
    "Kind eq 'unterminated",
    'eq eq eq',
    '',
    'Kind ~ 1',
    "substringof('x')"
  ])('rejects the malformed filter %p with a syntax error', (filter) => {
    expect(() => compileFilter(parseFilter(filter), highlights)).toThrow(FilterSyntaxError);
  });

  it('rejects unknown columns, Note columns and ordering on multi-value columns', () => {
    expect(() => ids("Foo eq 'x'")).toThrow(FilterFieldError);
    expect(() => ids("WebUrl eq 'x'")).toThrow(/Note/);
    expect(() => ids("Topics gt 'a'")).toThrow(FilterFieldError);
    expect(() => ids("Id eq 'abc'")).toThrow(FilterFieldError);
    expect(() => ids("Created gt 'not a date'")).toThrow(FilterFieldError);
  });

  it('survives deeply nested input without overflowing the stack', () => {
    const deep = `${'('.repeat(5000)}Id eq 1${')'.repeat(5000)}`;
    expect(() => parseFilter(deep)).toThrow(FilterSyntaxError);
    expect(() => parseFilter(`${'not '.repeat(3000)}Id eq 1`)).toThrow(FilterSyntaxError);
  });
});

describe('SharePoint item query options', () => {
  it('orders, pages with $top and continues after the skip token', () => {
    const query = parseItemQuery({ $orderby: 'Title desc', $top: '2' }, highlights);
    const first = runItemQuery(items, (entry) => itemRecord(entry, highlights), query);
    expect(first.page.map((entry) => entry.values.Title)).toEqual(['Rubrics that work', 'Python voor onderzoekers']);
    expect(first.hasMore).toBe(true);
    const second = runItemQuery(items, (entry) => itemRecord(entry, highlights), {
      ...query,
      afterId: first.page[1].id
    });
    expect(second.page.map((entry) => entry.id)).toEqual([2, 3]);
    expect(second.hasMore).toBe(false);
  });

  it('validates $select, $orderby and $top against the list', () => {
    expect(parseItemQuery({ $select: 'Title, Topics' }, highlights).select).toEqual(['Title', 'Topics']);
    expect(() => parseItemQuery({ $select: 'Title,Nope' }, highlights)).toThrow(FilterFieldError);
    expect(() => parseItemQuery({ $orderby: 'Title sideways' }, highlights)).toThrow(QueryOptionError);
    expect(() => parseItemQuery({ $top: '-1' }, highlights)).toThrow(QueryOptionError);
    expect(() => parseItemQuery({ $top: 'ten' }, highlights)).toThrow(QueryOptionError);
    expect(parseItemQuery({ $top: '99999999' }, highlights).top).toBe(5000);
    expect(() => parseItemQuery({ $top: '99999999999999999999' }, highlights)).toThrow(QueryOptionError);
    expect(() => parseItemQuery({ $select: ',,,' }, highlights)).toThrow(QueryOptionError);
    expect(() => parseItemQuery({ $skiptoken: 'garbage' }, highlights)).toThrow(QueryOptionError);
  });
});
