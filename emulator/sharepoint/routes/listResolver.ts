import { notFound } from '../http/spError';
import type { SpRequest } from '../http/spRoute';
import type { ListRecord } from '../store/listStore';

const LIST_BY_TITLE = String.raw`web/lists/getbytitle\('((?:[^']|'')*)'\)`;
const LIST_BY_ID = String.raw`web/lists\(guid'([0-9a-f-]{36})'\)`;
/** `web/lists/getbytitle('…')` or `web/lists(guid'…')`: capture 1 is the title, capture 2 the id. */
export const LIST = `(?:${LIST_BY_TITLE}|${LIST_BY_ID})`;

/**
 * The list a path names, or SharePoint's 404: by title "List '…' does not exist at site with URL '…'." with
 * `-1, System.ArgumentException`, by id "List does not exist." with `-2130575322, Microsoft.SharePoint.SPException`
 * (both as SharePoint Online answers them; see the error samples in the PnP CLI for Microsoft 365 tests).
 */
export function resolveList(request: SpRequest, match: RegExpExecArray): ListRecord {
  const title = match[1] === undefined ? undefined : match[1].replace(/''/g, "'");
  if (title !== undefined) {
    const list = request.lists.byTitle(title);
    if (!list) {
      throw notFound(`List '${title}' does not exist at site with URL '${request.siteUrl}'.`);
    }
    return list;
  }
  const list = request.lists.byId((match[2] ?? '').toLowerCase());
  if (!list) {
    throw notFound(
      'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.',
      '-2130575322, Microsoft.SharePoint.SPException'
    );
  }
  return list;
}
