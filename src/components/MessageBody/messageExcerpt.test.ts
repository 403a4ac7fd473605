import { messageExcerpt } from './messageExcerpt';

describe('messageExcerpt', () => {
  it('gives the words of an HTML body on one line, mentions by name', () => {
    const html =
      '<p><at id="0">Finn van de Brink</at> weet hier veel van.</p><ul><li>een</li><li>twee</li></ul>' +
      '<attachment id="1"></attachment><p>Top <emoji alt="👍"></emoji></p>';
    expect(messageExcerpt(html, true)).toBe('Finn van de Brink weet hier veel van. een twee Top 👍');
  });

  it('leaves out what the sanitiser removes', () => {
    expect(messageExcerpt('<p>hi</p><script>alert(1)</script><style>p{}</style>', true)).toBe('hi');
  });

  it('keeps markup in a plain-text body as text', () => {
    expect(messageExcerpt('regel 1\nregel <b>2</b>', false)).toBe('regel 1 regel <b>2</b>');
  });

  it('cuts a long body at a word boundary, the ellipsis within the maximum', () => {
    const excerpt = messageExcerpt('<p>Zo zag de verdeling van de stageplaatsen eruit</p>', true, 20);
    expect(excerpt).toBe('Zo zag de verdeling…');
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(20);
  });

  it('cuts a body without spaces anywhere, but never inside an emoji', () => {
    expect(messageExcerpt('abcdefghij', false, 5)).toBe('abcd…');
    expect(messageExcerpt('😀😀😀😀😀😀', false, 4)).toBe('😀😀😀…');
  });

  it('is empty for an empty body', () => {
    expect(messageExcerpt('', true)).toBe('');
  });
});
