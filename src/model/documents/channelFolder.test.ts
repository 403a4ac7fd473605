import { channelFolderOf } from './channelFolder';

describe('channelFolderOf', () => {
  it("reads the team site and the channel's folder from filesFolder's webUrl", () => {
    expect(
      channelFolderOf(
        'https://microsoft.sharepoint.com/teams/ExtensibilityandFundamentals/Shared%20Documents/Documentation%20Planning'
      )
    ).toEqual({
      siteUrl: 'https://microsoft.sharepoint.com/teams/ExtensibilityandFundamentals',
      folderPath: '/teams/ExtensibilityandFundamentals/Shared Documents/Documentation Planning',
      origin: 'https://microsoft.sharepoint.com'
    });
    expect(channelFolderOf('http://localhost:4301/sites/ig-toetsing/Shared%20Documents/General')).toEqual({
      siteUrl: 'http://localhost:4301/sites/ig-toetsing',
      folderPath: '/sites/ig-toetsing/Shared Documents/General',
      origin: 'http://localhost:4301'
    });
  });

  it("takes a private channel's site and the root of its library, and a localised library name", () => {
    expect(
      channelFolderOf('https://contoso.sharepoint.com/sites/Toetsing-Examencommissie/Gedeelde%20documenten')
    ).toEqual({
      siteUrl: 'https://contoso.sharepoint.com/sites/Toetsing-Examencommissie',
      folderPath: '/sites/Toetsing-Examencommissie/Gedeelde documenten',
      origin: 'https://contoso.sharepoint.com'
    });
  });

  it('is undefined for what is not a channel folder on a site collection', () => {
    for (const webUrl of [
      undefined,
      42,
      '',
      'javascript:alert(1)',
      'https://contoso.sharepoint.com/sites/Toetsing',
      'https://contoso.sharepoint.com/Shared%20Documents/General',
      'https://contoso-my.sharepoint.com/personal/anne/Documents/x',
      'https://contoso.sharepoint.com/sites/x/Shared%20Documents/../../other',
      'https://contoso.sharepoint.com/sites/x/Shared%20Documents/General?web=1'
    ]) {
      expect(channelFolderOf(webUrl)).toBeUndefined();
    }
  });
});
