import { cachedMessageBodyNodes } from './sanitisedCache';

describe('cachedMessageBodyNodes', () => {
  it('sanitises a body once and answers the same tree again', () => {
    const first = cachedMessageBodyNodes('<p onclick="x()">Hallo</p>', true);
    expect(cachedMessageBodyNodes('<p onclick="x()">Hallo</p>', true)).toBe(first);
    expect(JSON.stringify(first)).not.toContain('onclick');
  });

  it('keeps html and plain text, and each Graph origin, apart', () => {
    const html = cachedMessageBodyNodes('<b>x</b>', true);
    expect(cachedMessageBodyNodes('<b>x</b>', false)).not.toBe(html);
    expect(cachedMessageBodyNodes('<b>x</b>', true, { graphOrigin: 'http://localhost:1' })).not.toBe(html);
  });

  it('forgets the least recently shown bodies beyond its capacity', () => {
    const kept = cachedMessageBodyNodes('<p>first</p>', true);
    for (let index = 0; index < 1000; index++) {
      cachedMessageBodyNodes(`<p>${index}</p>`, true);
    }
    expect(cachedMessageBodyNodes('<p>first</p>', true)).not.toBe(kept);
  });
});
