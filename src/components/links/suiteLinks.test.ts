import { directoryHref, groupFeedHref, pageParameter, profileHref } from './suiteLinks';

describe('suite links', () => {
  it('links to the configured pages with Kring parameters', () => {
    const settings = {
      profilePageUrl: 'https://contoso.sharepoint.com/sites/intranet/SitePages/Profiel.aspx',
      directoryPageUrl: 'https://contoso.sharepoint.com/sites/intranet/SitePages/Wie-weet-wat.aspx',
      feedPageUrl: 'https://contoso.sharepoint.com/sites/intranet/SitePages/Groepen.aspx?x=1#top'
    };
    expect(profileHref(settings, 'anne@hogeschool.example')).toBe(
      'https://contoso.sharepoint.com/sites/intranet/SitePages/Profiel.aspx?person=anne%40hogeschool.example'
    );
    expect(directoryHref(settings, 'data-analyse')).toBe(
      'https://contoso.sharepoint.com/sites/intranet/SitePages/Wie-weet-wat.aspx?q=data-analyse'
    );
    expect(groupFeedHref(settings, 'g1')).toBe(
      'https://contoso.sharepoint.com/sites/intranet/SitePages/Groepen.aspx?x=1&group=g1'
    );
  });

  it('falls back to this page when nothing is configured', () => {
    window.history.replaceState(null, '', '/sites/dept/SitePages/Home.aspx?person=old#x');
    expect(profileHref({}, 'u1')).toBe('http://localhost/sites/dept/SitePages/Home.aspx?person=u1');
    expect(pageParameter('person')).toBe('old');
    expect(pageParameter('q')).toBeUndefined();
  });
});
