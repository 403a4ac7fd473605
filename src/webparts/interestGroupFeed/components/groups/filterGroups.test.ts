import { filterGroups, hasFilters, jobFunctionOptions, NO_FILTERS, sortGroups, topicOptions } from './filterGroups';
import type { GroupFilters } from './filterGroups';
import { DETAILS, GROUPS, registryGroup } from './groupFixtures';

const groups = GROUPS.map((group) => ({ ...group, ...DETAILS[group.id] }));
const mine = new Set(['g4', 'g5']);
const isMember = (id: string): boolean => mine.has(id);
const ids = (filters: Partial<GroupFilters>): string[] =>
  filterGroups(groups, { ...NO_FILTERS, ...filters }, isMember).map((group) => group.id);

describe('filterGroups', () => {
  it('keeps every group without filters', () => {
    expect(ids({})).toEqual(['g1', 'g2', 'g3', 'g4', 'g5', 'g6']);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, query: '  ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, mineOnly: true })).toBe(true);
  });

  it('searches name, description and topics, ignoring case and accents, every word', () => {
    expect(ids({ query: 'ROOSTER' })).toEqual(['g4']);
    expect(ids({ query: 'python' })).toEqual(['g3']);
    expect(ids({ query: 'collega’s rubrics' })).toEqual(['g1']);
    expect(ids({ query: 'rubrics python' })).toEqual([]);
    expect(ids({ query: 'didáctiek' })).toEqual(['g2']);
  });

  it('finds a topic by its label in the other language and by a synonym', () => {
    expect(ids({ query: 'assessment' })).toEqual(['g1']);
    expect(ids({ query: 'hybrid learning' })).toEqual(['g2']);
  });

  it('narrows to a job function, counting groups for everyone as for every function', () => {
    expect(ids({ jobFunction: 'docent' })).toEqual(['g1', 'g2', 'g5']);
    expect(ids({ jobFunction: 'Onderzoeker' })).toEqual(['g3', 'g5']);
  });

  it('narrows to a topic in whichever language it was curated', () => {
    expect(ids({ topic: 'Toetsing' })).toEqual(['g1']);
    expect(ids({ topic: 'Data-analyse' })).toEqual(['g3']);
  });

  it('narrows to my groups, and combines every filter', () => {
    expect(ids({ mineOnly: true })).toEqual(['g4', 'g5']);
    expect(ids({ mineOnly: true, jobFunction: 'Docent' })).toEqual(['g5']);
    expect(ids({ mineOnly: true, jobFunction: 'Docent', query: 'rooster' })).toEqual([]);
  });
});

describe('group options', () => {
  it('lists each job function once, alphabetically, without "everyone"', () => {
    const extra = registryGroup('g7', 'Docenten Noord', { jobFunctions: [' docent ', 'Onderzoeker'] });
    expect(jobFunctionOptions([...groups, extra])).toEqual([
      'Docent',
      'Onderzoeker',
      'Roostermaker',
      'Studieloopbaanbegeleider'
    ]);
  });

  it('lists each topic concept once, labelled in the viewer’s language', () => {
    const extra = registryGroup('g7', 'Toetscommissie', { topics: ['Assessment', 'Beekeeping'] });
    expect(topicOptions([...groups, extra], 'en-us')).toEqual([
      { value: 'Toetsing', label: 'Assessment' },
      { value: 'Beekeeping', label: 'Beekeeping' },
      { value: 'Blended learning', label: 'Blended learning' },
      { value: 'Data analysis', label: 'Data analysis' },
      { value: 'Student coaching', label: 'Student coaching' }
    ]);
    expect(topicOptions(groups, 'nl-nl').map((option) => option.label)).toEqual([
      'Blended leren',
      'Data-analyse',
      'Studentbegeleiding',
      'Toetsing'
    ]);
  });

  it('sorts featured groups first, then by name', () => {
    const sorted = sortGroups([
      registryGroup('a', 'zeilen'),
      registryGroup('b', 'Ambacht'),
      registryGroup('c', 'Wandelen', { featured: true })
    ]);
    expect(sorted.map((group) => group.displayName)).toEqual(['Wandelen', 'Ambacht', 'zeilen']);
  });
});
