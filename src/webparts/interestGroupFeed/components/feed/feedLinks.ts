import { GROUP_PARAMETER, hereWithParameter } from '../../../../components/links/suiteLinks';

export const POST_PARAMETER = 'post';

/** A link to a post on this page: `?group=…&post=…`, which opens the feed at that post. */
export function postHref(groupId: string, postId: string, currentUrl?: string): string {
  const url = new URL(hereWithParameter(GROUP_PARAMETER, groupId, currentUrl));
  url.searchParams.set(POST_PARAMETER, postId);
  return url.toString();
}

/** The post a page address points at, if any. */
export function linkedPost(currentUrl: string): { groupId: string; postId: string } | undefined {
  const params = new URL(currentUrl).searchParams;
  const groupId = params.get(GROUP_PARAMETER)?.trim();
  const postId = params.get(POST_PARAMETER)?.trim();
  return groupId && postId ? { groupId: groupId.toLowerCase(), postId } : undefined;
}

/** The Teams app's id (teams/manifest.json) and its personal tab with the interest groups. */
export const KRING_TEAMS_APP_ID = '3f0c6b1e-5a0d-4c43-9b6a-8f1d2c7e4a51';
export const FEED_TAB_ENTITY_ID = 'kring-feed';

const SUB_PAGE_PREFIX = 'post:';

/**
 * A Teams deep link to a post in Kring's interest-group tab: Teams opens the tab and hands it `subEntityId`,
 * which teams-js gives the tab back as `page.subPageId`.
 */
export function teamsPostLink(groupId: string, postId: string): string {
  const context = JSON.stringify({ subEntityId: `${SUB_PAGE_PREFIX}${groupId}:${postId}` });
  return `https://teams.microsoft.com/l/entity/${KRING_TEAMS_APP_ID}/${FEED_TAB_ENTITY_ID}?context=${encodeURIComponent(context)}`;
}

/** The post a Teams deep link's `subEntityId` names, if any. */
export function linkedPostOfSubPage(subPageId: string | undefined): { groupId: string; postId: string } | undefined {
  if (!subPageId?.startsWith(SUB_PAGE_PREFIX)) {
    return undefined;
  }
  const [groupId, postId] = subPageId.slice(SUB_PAGE_PREFIX.length).split(':');
  return groupId && postId ? { groupId: groupId.toLowerCase(), postId } : undefined;
}
