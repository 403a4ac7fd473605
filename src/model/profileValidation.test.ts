import { checkAboutMe, checkNewTag, cleanProfileFields, cleanTag, PROFILE_LIMITS } from './profileValidation';

describe('checkNewTag', () => {
  it('trims and folds whitespace', () => {
    expect(cleanTag('  Data \n  analysis\t')).toBe('Data analysis');
    expect(checkNewTag('  Python  ', [])).toEqual({ value: 'Python' });
  });

  it('refuses empty labels', () => {
    expect(checkNewTag('   ', [])).toEqual({ problem: { kind: 'empty' } });
  });

  it('refuses labels over the length limit', () => {
    expect(checkNewTag('x'.repeat(PROFILE_LIMITS.tagMaxLength + 1), [])).toEqual({
      problem: { kind: 'tooLong', max: PROFILE_LIMITS.tagMaxLength }
    });
  });

  it('refuses duplicates under another spelling, language or synonym', () => {
    expect(checkNewTag('data-analyse', ['Data analysis'])).toEqual({
      problem: { kind: 'duplicate', existing: 'Data analysis' }
    });
    expect(checkNewTag('PYTHON', ['Python'])).toEqual({ problem: { kind: 'duplicate', existing: 'Python' } });
    expect(checkNewTag('AVG', ['Privacy and GDPR'])).toEqual({
      problem: { kind: 'duplicate', existing: 'Privacy and GDPR' }
    });
  });

  it('refuses a tag when the list is full', () => {
    const full = Array.from({ length: PROFILE_LIMITS.tagMaxCount }, (_, i) => `Topic ${i}`);
    expect(checkNewTag('Something new', full)).toEqual({
      problem: { kind: 'tooMany', max: PROFILE_LIMITS.tagMaxCount }
    });
  });
});

describe('checkAboutMe', () => {
  it('accepts text up to the limit and refuses longer text', () => {
    expect(checkAboutMe('a'.repeat(PROFILE_LIMITS.aboutMeMaxLength))).toBeUndefined();
    expect(checkAboutMe('a'.repeat(PROFILE_LIMITS.aboutMeMaxLength + 1))).toEqual({
      kind: 'tooLong',
      max: PROFILE_LIMITS.aboutMeMaxLength
    });
  });
});

describe('cleanProfileFields', () => {
  it('drops empty entries and synonym duplicates, keeping the first spelling', () => {
    expect(
      cleanProfileFields({
        aboutMe: '  Hello  ',
        skills: ['Statistics', ' ', 'statistiek', 'Python'],
        interests: [],
        responsibilities: ['Onderwijstechnologie', 'edtech']
      })
    ).toEqual({
      aboutMe: 'Hello',
      skills: ['Statistics', 'Python'],
      interests: [],
      responsibilities: ['Onderwijstechnologie']
    });
  });
});
