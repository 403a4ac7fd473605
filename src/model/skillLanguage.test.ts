import { entriesLanguage, labelFor, labelLanguage } from './skillLanguage';

describe('labelLanguage', () => {
  it('tells Dutch and English vocabulary labels apart, in any spelling', () => {
    expect(labelLanguage('Toetsing')).toBe('nl-nl');
    expect(labelLanguage('data analyse')).toBe('nl-nl');
    expect(labelLanguage('Assessment')).toBe('en-us');
  });

  it('does not guess for labels equal in both languages, synonyms or free text', () => {
    expect(labelLanguage('Python')).toBeUndefined();
    expect(labelLanguage('toetsen')).toBeUndefined();
    expect(labelLanguage('Beekeeping')).toBeUndefined();
  });
});

describe('entriesLanguage', () => {
  it('follows the language of most existing entries', () => {
    expect(entriesLanguage(['Toetsing', 'Didactiek', 'Assessment'], 'en-us')).toBe('nl-nl');
    expect(entriesLanguage(['Statistics', 'Didactics', 'Toetsing'], 'nl-nl')).toBe('en-us');
  });

  it('uses the UI language without entries, on a tie, or when the entries do not tell', () => {
    expect(entriesLanguage([], 'nl-nl')).toBe('nl-nl');
    expect(entriesLanguage([], 'en-us')).toBe('en-us');
    expect(entriesLanguage(['Toetsing', 'Assessment'], 'en-us')).toBe('en-us');
    expect(entriesLanguage(['Python', 'Beekeeping', 'SharePoint'], 'nl-nl')).toBe('nl-nl');
  });
});

describe('labelFor', () => {
  it('shows vocabulary labels in the viewer language', () => {
    expect(labelFor('Assessment', 'nl-nl')).toBe('Toetsing');
    expect(labelFor('Data-analyse', 'en-us')).toBe('Data analysis');
    expect(labelFor('Assessment', 'en-us')).toBe('Assessment');
  });

  it('keeps synonyms and free text exactly as typed', () => {
    expect(labelFor('pandas', 'en-us')).toBe('pandas');
    expect(labelFor('Beekeeping for campus biodiversity', 'nl-nl')).toBe('Beekeeping for campus biodiversity');
  });
});
