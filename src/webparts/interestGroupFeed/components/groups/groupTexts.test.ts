import { groupCountText, jobFunctionLabel, memberCountText, suggestionReasons } from './groupTexts';
import { registryGroup } from './groupFixtures';

describe('group texts', () => {
  it('counts members and groups with the plural rules', () => {
    expect(memberCountText(1)).toBe('1 member');
    expect(memberCountText(42)).toBe('42 members');
    expect(memberCountText(0)).toBe('0 members');
    expect(groupCountText(1)).toBe('1 group');
    expect(groupCountText(12)).toBe('12 groups');
  });

  it('names the registry’s "everyone" in the UI language and other functions as curated', () => {
    expect(jobFunctionLabel('Iedereen')).toBe('Everyone');
    expect(jobFunctionLabel('Docent')).toBe('Docent');
  });

  it('explains a suggestion by job function and shared topics, in the viewer’s language', () => {
    const group = registryGroup('g1', 'Toetsing');
    expect(suggestionReasons({ group, jobFunctions: ['Docent'], topics: ['Toetsing'] }, 'en-us')).toEqual([
      'For Docent',
      'Shares your topics: Assessment'
    ]);
    expect(suggestionReasons({ group, jobFunctions: [], topics: ['Assessment', 'Python'] }, 'nl-nl')).toEqual([
      'Shares your topics: Toetsing, Python'
    ]);
    expect(suggestionReasons({ group, jobFunctions: [], topics: [] }, 'en-us')).toEqual(['Recommended for everyone']);
  });
});
