import type { SPFI } from '@pnp/sp';
import { memoryStore, SessionCache } from '../cache/SessionCache';
import { ServiceError } from '../ServiceError';
import { TenantSettingsService } from './TenantSettingsService';

type Answers = Record<string, unknown>;

function pageSite(answers: Answers | (() => Promise<never>)): { sp: SPFI; getStorageEntity: jest.Mock } {
  const getStorageEntity = jest.fn((key: string) =>
    typeof answers === 'function' ? answers() : Promise.resolve(answers[key] ?? { 'odata.null': true })
  );
  return { sp: { web: { getStorageEntity } } as unknown as SPFI, getStorageEntity };
}

const TENANT: Answers = {
  KringHomeSite: { Value: 'https://contoso.sharepoint.com/sites/intranet', Comment: null, Description: 'Home' },
  KringProfilePageUrl: {
    Value: ' https://contoso.sharepoint.com/sites/intranet/SitePages/Profile.aspx ',
    Comment: null,
    Description: null
  }
};

describe('TenantSettingsService', () => {
  it('reads both tenant properties once per session and answers later calls from the cache', async () => {
    const site = pageSite(TENANT);
    const cache = new SessionCache(memoryStore());
    const settings = new TenantSettingsService(site.sp, {}, cache);
    expect(settings.current()).toEqual({});

    const [first, second] = await Promise.all([settings.load(), settings.load()]);

    expect(first).toEqual({
      homeSiteUrl: 'https://contoso.sharepoint.com/sites/intranet',
      profilePageUrl: 'https://contoso.sharepoint.com/sites/intranet/SitePages/Profile.aspx'
    });
    expect(second).toEqual(first);
    expect(settings.current()).toEqual(first);
    expect(site.getStorageEntity.mock.calls.map(([key]) => key)).toEqual(['KringHomeSite', 'KringProfilePageUrl']);
    await new TenantSettingsService(site.sp, {}, cache).load();
    expect(site.getStorageEntity).toHaveBeenCalledTimes(2);
  });

  it('lets a filled-in override win and ignores an empty one', async () => {
    const site = pageSite(TENANT);
    const settings = new TenantSettingsService(
      site.sp,
      { homeSiteUrl: 'https://contoso.sharepoint.com/sites/kring-test', profilePageUrl: '  ' },
      new SessionCache(memoryStore())
    );
    expect(settings.current().homeSiteUrl).toBe('https://contoso.sharepoint.com/sites/kring-test');
    const loaded = await settings.load();
    expect(loaded.homeSiteUrl).toBe('https://contoso.sharepoint.com/sites/kring-test');
    expect(loaded.profilePageUrl).toBe('https://contoso.sharepoint.com/sites/intranet/SitePages/Profile.aspx');
  });

  it('leaves a property nobody set (odata.null) or set to blanks out', async () => {
    const site = pageSite({ KringProfilePageUrl: { Value: '   ' } });
    const settings = new TenantSettingsService(site.sp, {}, new SessionCache(memoryStore()));
    expect(await settings.load()).toEqual({});
  });

  it('rethrows a failed read as a ServiceError, caches nothing and asks again next time', async () => {
    const site = pageSite(() => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 })));
    const settings = new TenantSettingsService(site.sp, {}, new SessionCache(memoryStore()));
    const failure = await settings.load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).kind).toBe('forbidden');
    await settings.load().catch(() => undefined);
    expect(site.getStorageEntity).toHaveBeenCalledTimes(4);
  });
});
