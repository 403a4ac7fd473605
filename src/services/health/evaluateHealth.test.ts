import { HIGHLIGHTS_LIST, INTEREST_GROUPS_LIST } from '../lists/kringLists';
import { failed, ok } from '../Result';
import { ServiceError } from '../ServiceError';
import { evaluateHealth } from './evaluateHealth';
import type { ListObservation, SiteObservation } from './homeSiteProbe';

const SITE = 'https://contoso.sharepoint.com/sites/intranet';
const READ = { High: 176, Low: 138612833 };
const NONE = { High: 0, Low: 0 };

function listOk(
  list: typeof HIGHLIGHTS_LIST | typeof INTEREST_GROUPS_LIST,
  columns: string[] = ['ID', 'Title', ...list.columns]
): ListObservation {
  return { list, columns: ok(columns), permissions: ok(READ) };
}

function site(lists: ListObservation[]): SiteObservation {
  return { web: ok({ title: 'Intranet' }), lists };
}

describe('evaluateHealth', () => {
  it('is ready when the lists have every column and the user may read them', () => {
    expect(evaluateHealth(SITE, site([listOk(INTEREST_GROUPS_LIST), listOk(HIGHLIGHTS_LIST)]))).toEqual({
      status: 'ready',
      siteUrl: SITE,
      siteTitle: 'Intranet'
    });
  });

  it('reports an unreachable site with its error', () => {
    const error = new ServiceError('notFound', 'File Not Found.', { status: 404 });
    expect(evaluateHealth(SITE, { web: failed(error), lists: [] })).toEqual({
      status: 'homeSiteUnreachable',
      siteUrl: SITE,
      error
    });
  });

  it('reports a missing list once, not also its permissions', () => {
    const missing = new ServiceError('notFound', "List 'Kring Highlights' does not exist", { status: 404 });
    const report = evaluateHealth(
      SITE,
      site([
        listOk(INTEREST_GROUPS_LIST),
        { list: HIGHLIGHTS_LIST, columns: failed(missing), permissions: failed(missing) }
      ])
    );
    expect(report).toEqual({
      status: 'problems',
      siteUrl: SITE,
      siteTitle: 'Intranet',
      problems: [{ kind: 'listMissing', list: 'Kring Highlights' }]
    });
  });

  it('names the missing columns, Title included', () => {
    const columns = ['ID', 'GroupId', 'Topics'];
    const report = evaluateHealth(SITE, site([listOk(INTEREST_GROUPS_LIST, columns), listOk(HIGHLIGHTS_LIST)]));
    expect(report).toMatchObject({
      status: 'problems',
      problems: [
        {
          kind: 'columnsMissing',
          list: 'Kring Interest Groups',
          columns: ['Title', 'JobFunctions', 'Featured', 'FeedChannelId', 'Curators']
        }
      ]
    });
  });

  it('reports no permission from the permission mask, from strings as SharePoint sends them, and from a 403', () => {
    const noRead: ListObservation = { ...listOk(HIGHLIGHTS_LIST), permissions: ok(NONE) };
    expect(evaluateHealth(SITE, site([noRead]))).toMatchObject({
      problems: [{ kind: 'noPermission', list: 'Kring Highlights' }]
    });
    const asStrings: ListObservation = {
      ...listOk(HIGHLIGHTS_LIST),
      permissions: ok({ High: '176', Low: '138612833' } as unknown as typeof READ)
    };
    expect(evaluateHealth(SITE, site([asStrings])).status).toBe('ready');
    const refused: ListObservation = {
      ...listOk(HIGHLIGHTS_LIST),
      columns: failed(new ServiceError('forbidden', 'Access denied', { status: 403 }))
    };
    expect(evaluateHealth(SITE, site([refused]))).toMatchObject({
      problems: [{ kind: 'noPermission', list: 'Kring Highlights' }]
    });
  });

  it('keeps other failures as unreadable lists with their error', () => {
    const busy = new ServiceError('throttled', 'Too many requests', { status: 429 });
    const report = evaluateHealth(SITE, site([{ ...listOk(HIGHLIGHTS_LIST), columns: failed(busy) }]));
    expect(report).toMatchObject({ problems: [{ kind: 'listUnreadable', list: 'Kring Highlights', error: busy }] });
  });
});
