import {
  asTyped,
  DOCUMENTS_AND_PAGES,
  documentQueryText,
  fileTypeRestriction,
  kqlTerms,
  MAX_SEARCH_WORDS
} from './documentKql';

describe('kqlTerms', () => {
  it('keeps plain words as they are, in any script', () => {
    expect(kqlTerms('Toetsbeleid  2026 financiën')).toEqual(['Toetsbeleid', '2026', 'financiën']);
    expect(kqlTerms('学习 обучение')).toEqual(['学习', 'обучение']);
  });

  it('makes AND, OR, NOT and the other operators typed as words plain terms', () => {
    expect(kqlTerms('rock AND roll OR NOT NEAR ONEAR WORDS XRANK')).toEqual([
      'rock',
      'and',
      'roll',
      'or',
      'not',
      'near',
      'onear',
      'words',
      'xrank'
    ]);
    expect(kqlTerms('Beleid and')).toEqual(['Beleid', 'and']);
  });

  it('quotes words with colons, equals signs and parentheses, so no property restriction is made', () => {
    expect(kqlTerms('Title:begroting')).toEqual(['"Title:begroting"']);
    expect(kqlTerms('Path=https://evil.example/')).toEqual(['"Path=https://evil.example/"']);
    expect(kqlTerms('Author<>Anne FileType:pdf')).toEqual(['"Author<>Anne"', '"FileType:pdf"']);
    expect(kqlTerms('(toetsing')).toEqual(['"(toetsing"']);
    expect(kqlTerms('IsDocument:0) OR (x')).toEqual(['"IsDocument:0)"', 'or', '"(x"']);
  });

  it('quotes + and - prefixes, so they neither require nor exclude', () => {
    expect(kqlTerms('-toetsing +beleid')).toEqual(['"-toetsing"', '"+beleid"']);
    expect(kqlTerms('e-learning C#')).toEqual(['"e-learning"', '"C#"']);
  });

  it('drops double quotes, which KQL cannot escape, straight or curly', () => {
    expect(kqlTerms('"toets plan"')).toEqual(['toets', 'plan']);
    expect(kqlTerms('“beleid”')).toEqual(['beleid']);
    expect(kqlTerms('a"b')).toEqual(['a', 'b']);
    expect(kqlTerms('Title:"x')).toEqual(['"Title:"', 'x']);
  });

  it('keeps a trailing * on the last word only, and no other wildcard', () => {
    expect(kqlTerms('toets*')).toEqual(['toets*']);
    expect(kqlTerms('toets* beleid')).toEqual(['toets', 'beleid']);
    expect(kqlTerms('beleid toe*ts')).toEqual(['beleid', '"toe ts"']);
    expect(kqlTerms('*toets')).toEqual(['toets']);
    expect(kqlTerms('toets**')).toEqual(['toets*']);
    expect(kqlTerms('OR*')).toEqual(['or*']);
  });

  it('splits a last word with punctuation and a * into its runs, the * on the last run', () => {
    expect(kqlTerms('e-learn*')).toEqual(['e learn*']);
    expect(kqlTerms('Title:begr*')).toEqual(['Title begr*']);
  });

  it('drops words without letters or digits', () => {
    expect(kqlTerms('* - : () ""')).toEqual([]);
    expect(kqlTerms('')).toEqual([]);
    expect(kqlTerms('   \t\n')).toEqual([]);
  });

  it('bounds hostile input: control characters removed, at most so many words of bounded length', () => {
    expect(kqlTerms('toets\u0000beleid\u0007')).toEqual(['toets', 'beleid']);
    const many = Array.from({ length: 100 }, (_, index) => `w${index}`).join(' ');
    expect(kqlTerms(many)).toHaveLength(MAX_SEARCH_WORDS);
    const [long] = kqlTerms('a'.repeat(10_000));
    expect(long).toHaveLength(64);
    expect(kqlTerms(`${'x:'.repeat(5000)}`)[0].length).toBeLessThanOrEqual(66);
  });
});

describe('documentQueryText', () => {
  it('scopes the words to documents and pages', () => {
    expect(documentQueryText('toetsbeleid 2026')).toBe(`toetsbeleid 2026 ${DOCUMENTS_AND_PAGES}`);
  });

  it('adds a file type restriction for a kind of document', () => {
    expect(documentQueryText('begroting', 'pdf')).toBe(`begroting ${DOCUMENTS_AND_PAGES} FileType:pdf`);
    expect(documentQueryText('begroting', 'excel')).toBe(
      `begroting ${DOCUMENTS_AND_PAGES} (FileType:xlsx OR FileType:xls)`
    );
    expect(fileTypeRestriction('page')).toBe('FileType:aspx');
  });

  it('is undefined when nothing is left to search for, so no request lists every document', () => {
    expect(documentQueryText('')).toBeUndefined();
    expect(documentQueryText('*')).toBeUndefined();
    expect(documentQueryText('"" ()', 'word')).toBeUndefined();
  });

  it('cannot be widened by what is typed: every typed part is a term ANDed with the scope', () => {
    const query = documentQueryText('x OR IsDocument:0 OR *') ?? '';
    expect(query).toBe(`x or "IsDocument:0" or ${DOCUMENTS_AND_PAGES}`);
    expect(query.match(/ OR /g)).toHaveLength(1);
  });
});

describe('asTyped', () => {
  it('matches the word being typed as a prefix', () => {
    expect(asTyped('toets')).toBe('toets*');
    expect(asTyped('beleid toets')).toBe('beleid toets*');
  });

  it('leaves a finished word, a wildcard, a quote, one letter and punctuation alone', () => {
    expect(asTyped('toets ')).toBe('toets ');
    expect(asTyped('toets*')).toBe('toets*');
    expect(asTyped('"toets"')).toBe('"toets"');
    expect(asTyped('beleid t')).toBe('beleid t');
    expect(asTyped('FileType:pdf')).toBe('FileType:pdf');
  });
});
