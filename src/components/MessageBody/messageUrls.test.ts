import { hostedImageSrc, safeLinkHref, safeWebHref } from './messageUrls';

describe('safeLinkHref', () => {
  it.each(['https://learn.microsoft.com/x', 'http://intranet.example/a b', 'mailto:finn@hogeschool.example'])(
    'keeps %s',
    (href) => expect(safeLinkHref(href)).toBe(new URL(href).href)
  );

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:x',
    'data:text/html,x',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative',
    'https://user:pw@evil.example/',
    '',
    undefined
  ])('refuses %p', (href) => expect(safeLinkHref(href)).toBeUndefined());
});

describe('safeWebHref', () => {
  it('keeps web addresses only', () => {
    expect(safeWebHref('https://intranet.hogeschool.example/a.pdf')).toBe('https://intranet.hogeschool.example/a.pdf');
    expect(safeWebHref('mailto:finn@hogeschool.example')).toBeUndefined();
  });
});

describe('hostedImageSrc', () => {
  const path = '/v1.0/teams/1/channels/19:a@thread.tacv2/messages/2/hostedContents/aWQ9/$value';

  it('keeps hosted contents on the Graph origin', () => {
    expect(hostedImageSrc(`https://graph.microsoft.com${path}`, 'https://graph.microsoft.com')).toBe(
      `https://graph.microsoft.com${path}`
    );
    expect(hostedImageSrc(`http://localhost:4601${path}`, 'http://localhost:4601')).toBe(
      `http://localhost:4601${path}`
    );
  });

  it.each([
    `https://evil.example${path}`,
    `http://graph.microsoft.com${path}`,
    `https://graph.microsoft.com:444${path}`,
    `https://graph.microsoft.com${path}?redirect=https://evil.example`,
    `https://graph.microsoft.com${path}#x`,
    'https://graph.microsoft.com/v1.0/me/photo/$value',
    `https://graph.microsoft.com/v1.0/hostedContents/x/$value/../../../../me/photo/$value`,
    path,
    'data:image/png;base64,AAAA'
  ])('refuses %s', (src) => expect(hostedImageSrc(src, 'https://graph.microsoft.com')).toBeUndefined());
});
