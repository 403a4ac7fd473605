import {
  findSkillTerm,
  normaliseSkill,
  sameSkill,
  SKILL_VOCABULARY,
  skillSearchWords,
  suggestSkills
} from './skillVocabulary';

describe('skill vocabulary', () => {
  it('treats English, Dutch and synonyms of a concept as the same skill', () => {
    expect(sameSkill('data analysis', 'Data-analyse')).toBe(true);
    expect(sameSkill('AVG', 'Privacy and GDPR')).toBe(true);
    expect(sameSkill('Data analysis', 'Statistics')).toBe(false);
    expect(sameSkill('Beekeeping', 'beekeeping ')).toBe(true);
  });

  it('normalises case, accents, hyphens and spaces', () => {
    expect(normaliseSkill('  Café-Management ')).toBe('cafe management');
  });

  it('has unique ids and no word claimed by two concepts', () => {
    const ids = SKILL_VOCABULARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of SKILL_VOCABULARY) {
      for (const word of [entry.en, entry.nl, ...entry.synonyms]) {
        expect(findSkillTerm(word)).toBe(entry);
      }
    }
  });

  it('suggests concepts by prefix in the user language first, then by substring', () => {
    const dutch = suggestSkills('data', 'nl-nl');
    expect(dutch[0].nl).toMatch(/^Data/);
    expect(dutch.map((t) => t.id)).toEqual(expect.arrayContaining(['data-analysis', 'data-visualisation']));
    expect(suggestSkills('analyse', 'nl-nl').map((t) => t.id)).toContain('data-analysis');
    expect(suggestSkills('toets', 'en-us')[0].id).toBe('assessment');
  });

  it('leaves out what is already chosen and answers nothing for an empty query', () => {
    expect(suggestSkills('data', 'en-us', ['Data-analyse']).map((t) => t.id)).not.toContain('data-analysis');
    expect(suggestSkills('   ', 'en-us')).toEqual([]);
  });

  it('expands a label to every word of its concept for searching', () => {
    expect(skillSearchWords('AVG')).toEqual(expect.arrayContaining(['Privacy and GDPR', 'Privacy en AVG', 'gdpr']));
    expect(skillSearchWords('Beekeeping')).toEqual(['Beekeeping']);
  });
});
