import { cardPersonRef, colleagueCardPropertyPage } from './colleagueCardProperties';

describe('cardPersonRef', () => {
  it('follows the chosen source', () => {
    expect(cardPersonRef({ source: 'me', person: 'x@y' }, 'u@y')).toBe('me');
    expect(cardPersonRef({ source: 'person', person: ' x@y ' }, 'u@y')).toBe('x@y');
    expect(cardPersonRef({ source: 'person' }, 'u@y')).toBeUndefined();
    expect(cardPersonRef({ source: 'url', person: 'x@y' }, 'u@y')).toBe('u@y');
    expect(cardPersonRef({ source: 'url' }, undefined)).toBe('me');
  });

  it('without a source prefers the chosen person, then the page URL, then me', () => {
    expect(cardPersonRef({ person: 'x@y' }, 'u@y')).toBe('x@y');
    expect(cardPersonRef({}, 'u@y')).toBe('u@y');
    expect(cardPersonRef({}, undefined)).toBe('me');
  });

  it('offers the three sources in the property pane', () => {
    const fields = colleagueCardPropertyPage().groups[0].fields;
    const source = fields.find((f) => f.key === 'source');
    expect(source?.kind === 'choice' && source.options.map((o) => o.key)).toEqual(['me', 'person', 'url']);
  });
});
