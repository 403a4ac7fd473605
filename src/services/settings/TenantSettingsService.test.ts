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

describe('TenantSettingsService remembering the home site between visits', () => {
  it('answers a new session from the home site an earlier visit read, and re-reads it behind the answer', async () => {
    const lasting = new SessionCache(memoryStore());
    const first = pageSite(TENANT);
    await new TenantSettingsService(first.sp, {}, new SessionCache(memoryStore()), lasting).load();

    const moved = pageSite({ KringHomeSite: { Value: 'https://contoso.sharepoint.com/sites/kring' } });
    const nextVisit = new TenantSettingsService(moved.sp, {}, new SessionCache(memoryStore()), lasting, 0);
    expect(nextVisit.current().homeSiteUrl).toBe('https://contoso.sharepoint.com/sites/intranet');
    expect((await nextVisit.load()).homeSiteUrl).toBe('https://contoso.sharepoint.com/sites/intranet');
    expect(moved.getStorageEntity).not.toHaveBeenCalled();

    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(moved.getStorageEntity).toHaveBeenCalledTimes(2);
    expect((await nextVisit.load()).homeSiteUrl).toBe('https://contoso.sharepoint.com/sites/kring');
    const visitAfter = new TenantSettingsService(moved.sp, {}, new SessionCache(memoryStore()), lasting);
    expect(visitAfter.current().homeSiteUrl).toBe('https://contoso.sharepoint.com/sites/kring');
  });

  it('forgets a remembered home site once the tenant property is cleared, and refresh always asks', async () => {
    const lasting = new SessionCache(memoryStore());
    await new TenantSettingsService(pageSite(TENANT).sp, {}, new SessionCache(memoryStore()), lasting).load();
    const cleared = pageSite({});
    const settings = new TenantSettingsService(cleared.sp, {}, new SessionCache(memoryStore()), lasting);

    expect(await settings.refresh()).toEqual({});
    expect(cleared.getStorageEntity).toHaveBeenCalledTimes(2);
    expect(new TenantSettingsService(cleared.sp, {}, new SessionCache(memoryStore()), lasting).current()).toEqual({});
  });

  it('keeps using the remembered home site when the re-read fails', async () => {
    const lasting = new SessionCache(memoryStore());
    await new TenantSettingsService(pageSite(TENANT).sp, {}, new SessionCache(memoryStore()), lasting).load();
    const failing = pageSite(() => Promise.reject(Object.assign(new Error('Unavailable'), { status: 503 })));
    const settings = new TenantSettingsService(failing.sp, {}, new SessionCache(memoryStore()), lasting, 0);

    expect((await settings.load()).homeSiteUrl).toBe('https://contoso.sharepoint.com/sites/intranet');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failing.getStorageEntity).toHaveBeenCalled();
    expect((await settings.load()).homeSiteUrl).toBe('https://contoso.sharepoint.com/sites/intranet');
  });
});
