import { mentionTriggerAt } from './mentionTrigger';

/** The caret is where the "|" is. */
function at(textWithCaret: string): ReturnType<typeof mentionTriggerAt> {
  const caret = textWithCaret.indexOf('|');
  return mentionTriggerAt(textWithCaret.replace('|', ''), caret);
}

describe('mentionTriggerAt', () => {
  it('finds an "@" followed by name characters at the start or after whitespace', () => {
    expect(at('@an|')).toEqual({ start: 0, end: 3, query: 'an' });
    expect(at('Hi @Sanne|')).toEqual({ start: 3, end: 9, query: 'Sanne' });
    expect(at('Hi\u00a0@Ånne|')).toEqual({ start: 3, end: 8, query: 'Ånne' });
    expect(at("line\n@o'Brien-Smith|")).toEqual({ start: 5, end: 19, query: "o'Brien-Smith" });
  });

  it('needs a name character after the "@"', () => {
    expect(at('@|')).toBeUndefined();
    expect(at('Hi @ |')).toBeUndefined();
    expect(at('@!|')).toBeUndefined();
  });

  it('ignores an "@" inside a word, such as an e-mail address', () => {
    expect(at('anne@hogeschool|')).toBeUndefined();
    expect(at('@a@b|')).toBeUndefined();
  });

  it('allows single spaces between words, so full names can be typed', () => {
    expect(at('@Anne de Vries|')).toEqual({ start: 0, end: 14, query: 'Anne de Vries' });
    expect(at('@Anne |')).toEqual({ start: 0, end: 6, query: 'Anne' });
    expect(at('@Anne\u00a0|')).toEqual({ start: 0, end: 6, query: 'Anne' });
  });

  it('ends when a space is typed twice, after four words, or far from the "@"', () => {
    expect(at('@Anne  |')).toBeUndefined();
    expect(at('@Anne \u00a0|')).toBeUndefined();
    expect(at('@Jan van der Berg|')).toEqual({ start: 0, end: 17, query: 'Jan van der Berg' });
    expect(at('@one two three four five|')).toBeUndefined();
    expect(at(`@${'a'.repeat(65)}|`)).toBeUndefined();
  });

  it('ends when the caret leaves the "@name"', () => {
    expect(at('|@anne')).toBeUndefined();
    expect(at('@anne, |')).toBeUndefined();
    expect(at('@anne.|')).toEqual({ start: 0, end: 6, query: 'anne.' });
  });

  it('reaches to the end of the word under the caret, for replacing it whole', () => {
    expect(at('Hi @an|ne and')).toEqual({ start: 3, end: 8, query: 'an' });
    expect(at('@anne |bert')).toEqual({ start: 0, end: 6, query: 'anne' });
  });
});
