import { linkTarget } from './linkTarget';

describe('linkTarget', () => {
  it('takes http(s) and mailto addresses as typed', () => {
    expect(linkTarget(' https://intranet.example/page?a=1 ')).toBe('https://intranet.example/page?a=1');
    expect(linkTarget('HTTP://x.example')).toBe('HTTP://x.example');
    expect(linkTarget('mailto:anne@hogeschool.example')).toBe('mailto:anne@hogeschool.example');
  });

  it('completes a bare host name to https and an e-mail address to mailto', () => {
    expect(linkTarget('intranet.example/news')).toBe('https://intranet.example/news');
    expect(linkTarget('www.hogeschool.example:8080/a#b')).toBe('https://www.hogeschool.example:8080/a#b');
    expect(linkTarget('anne@hogeschool.example')).toBe('mailto:anne@hogeschool.example');
  });

  it('refuses other schemes, relative paths and text', () => {
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('data:text/html,x')).toBeUndefined();
    expect(linkTarget('ftp://files.example')).toBeUndefined();
    expect(linkTarget('/sites/intranet')).toBeUndefined();
    expect(linkTarget('just words')).toBeUndefined();
    expect(linkTarget('https://')).toBeUndefined();
    expect(linkTarget('')).toBeUndefined();
  });
});
