import { absoluteSpUrl, serverRelativePathOn, webOrigin } from './spUrls';

describe('SharePoint URLs', () => {
  it('reads the origin of http(s) URLs only, without user info', () => {
    expect(webOrigin('https://Contoso.SharePoint.com/sites/x')).toBe('https://contoso.sharepoint.com');
    expect(webOrigin('http://localhost:4301')).toBe('http://localhost:4301');
    expect(webOrigin('https://anne@contoso.sharepoint.com/')).toBeUndefined();
    expect(webOrigin('file:///etc/passwd')).toBeUndefined();
  });

  it('gives the decoded server-relative path on the origin, encoded or not', () => {
    const origin = 'https://contoso.sharepoint.com';
    expect(serverRelativePathOn(`${origin}/sites/x/Shared%20Documents/a%20b.docx`, origin)).toBe(
      '/sites/x/Shared Documents/a b.docx'
    );
    expect(serverRelativePathOn(`${origin}/sites/x/Shared Documents/`, origin)).toBe('/sites/x/Shared Documents');
    expect(serverRelativePathOn('https://other.example/sites/x', origin)).toBeUndefined();
    expect(serverRelativePathOn(`${origin}/sites/x/%00.docx`, origin)).toBeUndefined();
  });

  it('encodes each segment of a path for an absolute URL', () => {
    expect(absoluteSpUrl('https://contoso.sharepoint.com', "/sites/x/Shared Documents/100% #1 'a'.docx")).toBe(
      "https://contoso.sharepoint.com/sites/x/Shared%20Documents/100%25%20%231%20'a'.docx"
    );
  });
});
