import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { toHighlight, type Highlight, type SpHighlightItem } from '../../model/Highlight';
import { SessionCache, type CacheStore } from '../cache/SessionCache';
import { HIGHLIGHTS_LIST, type HighlightsColumn } from '../lists/kringLists';
import { logFailure } from '../logFailure';
import type { HomeSiteResolver } from '../settings/homeSite';
import { toServiceError } from '../toServiceError';
import type { HighlightsService } from './HighlightsService';

export const HIGHLIGHTS_LIST_TITLE = HIGHLIGHTS_LIST.title;

const HIGHLIGHT_FIELDS: readonly HighlightsColumn[] = [
  'Id',
  'Title',
  'Kind',
  'GroupId',
  'ContributorId',
  'ContributorName',
  'Topics',
  'WebUrl',
  'Created'
];

/** OData string literal: single quotes doubled. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The highlights list on Kring's home site, wherever the page is. */
export class SpHighlightsService implements HighlightsService {
  private readonly contributions: CacheStore<Highlight[]>;

  public constructor(
    private readonly homeSite: HomeSiteResolver,
    cache: SessionCache = new SessionCache()
  ) {
    this.contributions = cache.store('highlights', 10);
  }

  public async getContributions(personId: string, top: number = 5): Promise<Highlight[]> {
    const site = await this.homeSite();
    const key = `${site.url}:${personId}:${top}`;
    const cached = this.contributions.get(key);
    if (cached) {
      return cached.value;
    }
    let items: SpHighlightItem[];
    try {
      items = await site.sp.web.lists
        .getByTitle(HIGHLIGHTS_LIST_TITLE)
        .items.select(...HIGHLIGHT_FIELDS)
        .filter(`ContributorId eq ${odataString(personId)}`)
        .orderBy('Created', false)
        .top(top)<SpHighlightItem[]>();
    } catch (error) {
      throw logFailure('highlights.getContributions', await toServiceError(error));
    }
    const highlights = items.map(toHighlight).filter((h): h is Highlight => h !== undefined);
    this.contributions.put(key, highlights);
    return highlights;
  }
}
