import { readFileSync } from 'fs';
import { join } from 'path';
import {
  KRING_TEAMS_APP_ID,
  FEED_TAB_ENTITY_ID,
  linkedPost,
  linkedPostOfSubPage,
  postHref,
  teamsPostLink
} from './feedLinks';

describe('links to a post', () => {
  it('round-trips group and post through the page address, keeping other parameters', () => {
    const href = postHref(
      '3A25-GROUP',
      '1795719126473',
      'https://intranet.example/sites/intranet/SitePages/Feed.aspx?x=1'
    );
    expect(href).toBe(
      'https://intranet.example/sites/intranet/SitePages/Feed.aspx?x=1&group=3A25-GROUP&post=1795719126473'
    );
    expect(linkedPost(href)).toEqual({ groupId: '3a25-group', postId: '1795719126473' });
  });

  it('needs both the group and the post', () => {
    expect(linkedPost('https://intranet.example/page.aspx?post=1')).toBeUndefined();
    expect(linkedPost('https://intranet.example/page.aspx?group=a&post=%20')).toBeUndefined();
  });
});

describe('Teams deep links to a post', () => {
  it('name the Teams app and tab of the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../../../teams/manifest.json'), 'utf8')) as {
      id: string;
      staticTabs: { entityId: string }[];
    };
    expect(manifest.id).toBe(KRING_TEAMS_APP_ID);
    expect(manifest.staticTabs.map((tab) => tab.entityId)).toContain(FEED_TAB_ENTITY_ID);
  });

  it('carry the post in subEntityId, which the tab reads back from page.subPageId', () => {
    const link = new URL(teamsPostLink('3A25-GROUP', '1795'));
    expect(link.pathname).toBe(`/l/entity/${KRING_TEAMS_APP_ID}/${FEED_TAB_ENTITY_ID}`);
    const context = JSON.parse(link.searchParams.get('context') ?? '{}') as { subEntityId: string };
    expect(linkedPostOfSubPage(context.subEntityId)).toEqual({ groupId: '3a25-group', postId: '1795' });
    expect(linkedPostOfSubPage('something-else')).toBeUndefined();
    expect(linkedPostOfSubPage(undefined)).toBeUndefined();
  });
});
