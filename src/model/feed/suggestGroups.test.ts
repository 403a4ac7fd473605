import type { InterestGroup } from './InterestGroup';
import { suggestGroups, type SuggestionProfile } from './suggestGroups';

let nextItemId = 1;

function group(id: string, displayName: string, fields: Partial<InterestGroup> = {}): InterestGroup {
  return {
    id,
    registryItemId: nextItemId++,
    displayName,
    description: '',
    visibility: 'Public',
    jobFunctions: [],
    topics: [],
    featured: false,
    ...fields
  };
}

const notMember = (): boolean => false;
const ids = (suggestions: ReturnType<typeof suggestGroups>): string[] => suggestions.map((s) => s.group.id);

const docent: SuggestionProfile = { jobFunctions: ['Docent'], topics: ['Assessment', 'Data analysis'] };

describe('suggestGroups', () => {
  it('never suggests a group I am a member of', () => {
    const groups = [
      group('g1', 'Docenten', { jobFunctions: ['Docent'], topics: ['Toetsing'], featured: true }),
      group('g2', 'Docentenplatform', { jobFunctions: ['Docent'] })
    ];
    const suggestions = suggestGroups(groups, docent, (groupId) => groupId === 'g1');
    expect(ids(suggestions)).toEqual(['g2']);
  });

  it('leaves out groups that share neither a job function nor a topic', () => {
    const groups = [
      group('g1', 'Roostermakers', { jobFunctions: ['Roostermaker'], topics: ['Planning'] }),
      group('g2', 'Docenten', { jobFunctions: ['Docent'] })
    ];
    expect(ids(suggestGroups(groups, docent, notMember))).toEqual(['g2']);
  });

  it('says which job functions and topics of mine a group shares, as the group names them', () => {
    const groups = [
      group('g1', 'Toetscommissie', { jobFunctions: ['Lector', 'docent'], topics: ['Toetsing', 'Didactiek'] })
    ];
    expect(suggestGroups(groups, docent, notMember)).toEqual([
      { group: groups[0], jobFunctions: ['docent'], topics: ['Toetsing'] }
    ]);
  });

  it('ranks a job-function match above groups that only share topics', () => {
    const groups = [
      group('topics', 'AI en data', { topics: ['Toetsing', 'Data-analyse'], featured: true }),
      group('function', 'Zorgdocenten', { jobFunctions: ['Docent'] })
    ];
    expect(ids(suggestGroups(groups, docent, notMember))).toEqual(['function', 'topics']);
  });

  it('ranks more shared topics above fewer', () => {
    const groups = [
      group('one', 'Alpha', { topics: ['Toetsing'], featured: true }),
      group('two', 'Beta', { topics: ['Toetsing', 'Data-analyse'] })
    ];
    expect(ids(suggestGroups(groups, docent, notMember))).toEqual(['two', 'one']);
  });

  it('matches topics across languages through the skill vocabulary', () => {
    const groups = [
      group('nl', 'Toetsen en beoordelen', { topics: ['Toetsing'] }),
      group('synonym', 'Analisten', { topics: ['data analytics'] })
    ];
    const suggestions = suggestGroups(groups, { jobFunctions: [], topics: ['Assessment', 'Data-analyse'] }, notMember);
    expect(suggestions.map((s) => [s.group.id, s.topics])).toEqual([
      ['synonym', ['data analytics']],
      ['nl', ['Toetsing']]
    ]);
  });

  it('matches a topic from the vocabulary in Dutch against a profile skill in English and back', () => {
    const groups = [group('g1', 'Stages', { topics: ['Stagebegeleiding'] })];
    expect(ids(suggestGroups(groups, { jobFunctions: [], topics: ['Internship supervision'] }, notMember))).toEqual([
      'g1'
    ]);
    const english = [group('g2', 'Internships', { topics: ['Internship supervision'] })];
    expect(ids(suggestGroups(english, { jobFunctions: [], topics: ['stagebegeleiding'] }, notMember))).toEqual(['g2']);
  });

  it('does not match different concepts of the vocabulary', () => {
    const groups = [group('g1', 'Statistiek', { topics: ['Statistiek'] })];
    expect(suggestGroups(groups, { jobFunctions: [], topics: ['Data analysis'] }, notMember)).toEqual([]);
  });

  it('matches topics outside the vocabulary when they are written the same', () => {
    const groups = [group('g1', 'IJsclub', { topics: ['Schaatsen op  natuurijs'] })];
    expect(ids(suggestGroups(groups, { jobFunctions: [], topics: ['schaatsen op natuurijs'] }, notMember))).toEqual([
      'g1'
    ]);
  });

  it('compares job functions without regard to case or surrounding spaces', () => {
    const groups = [group('g1', 'Teamleiders', { jobFunctions: [' TEAMLEIDER'] })];
    expect(ids(suggestGroups(groups, { jobFunctions: ['teamleider '], topics: [] }, notMember))).toEqual(['g1']);
  });

  it('suggests a group for everyone only when it is featured or shares a topic', () => {
    const groups = [
      group('plain', 'Personeelsvereniging', { jobFunctions: ['Iedereen'] }),
      group('featured', 'Nieuws', { jobFunctions: ['Iedereen'], featured: true }),
      group('topic', 'Toetsweek', { jobFunctions: ['iedereen'], topics: ['Toetsing'] })
    ];
    const suggestions = suggestGroups(groups, docent, notMember);
    expect(ids(suggestions)).toEqual(['topic', 'featured']);
    expect(suggestions.find((s) => s.group.id === 'featured')).toMatchObject({ jobFunctions: [], topics: [] });
  });

  it('does not suggest a featured group that is not for everyone and shares nothing', () => {
    const groups = [group('g1', 'Controllers', { jobFunctions: ['Controller'], featured: true })];
    expect(suggestGroups(groups, docent, notMember)).toEqual([]);
  });

  it('puts featured groups first among equals, then sorts by name', () => {
    const groups = [
      group('zorg', 'Zorgdocenten', { jobFunctions: ['Docent'] }),
      group('ict', 'ICT-docenten', { jobFunctions: ['Docent'], featured: true }),
      group('alpha', 'Alfa-docenten', { jobFunctions: ['Docent'] }),
      group('beta', 'bèta-docenten', { jobFunctions: ['Docent'] })
    ];
    expect(ids(suggestGroups(groups, { jobFunctions: ['Docent'], topics: [] }, notMember))).toEqual([
      'ict',
      'alpha',
      'beta',
      'zorg'
    ]);
  });

  it('suggests nothing with an empty profile except featured groups for everyone', () => {
    const groups = [
      group('g1', 'Docenten', { jobFunctions: ['Docent'], topics: ['Toetsing'] }),
      group('g2', 'Iedereen', { jobFunctions: ['Iedereen'], featured: true })
    ];
    expect(ids(suggestGroups(groups, { jobFunctions: [], topics: [] }, notMember))).toEqual(['g2']);
  });

  it('does not change the groups it is given', () => {
    const groups = [
      group('b', 'Beta', { jobFunctions: ['Docent'] }),
      group('a', 'Alpha', { jobFunctions: ['Docent'] })
    ];
    suggestGroups(groups, docent, notMember);
    expect(groups.map((g) => g.id)).toEqual(['b', 'a']);
  });
});
