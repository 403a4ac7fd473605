import type { SPFI } from '@pnp/sp';
import { ServiceError } from '../ServiceError';
import { HOME_SITE_INVALID, HOME_SITE_NOT_SET, homeSiteOf, homeSiteResolver, requireHomeSite } from './homeSite';
import { fixedSettings, type SettingsService } from './SuiteSettings';

describe('homeSiteOf', () => {
  it('tells a set, an unset and a malformed home site apart', () => {
    expect(homeSiteOf({ homeSiteUrl: 'https://contoso.sharepoint.com/sites/intranet/' })).toEqual({
      status: 'set',
      url: 'https://contoso.sharepoint.com/sites/intranet'
    });
    expect(homeSiteOf({})).toEqual({ status: 'notSet' });
    expect(homeSiteOf({ homeSiteUrl: '  ' })).toEqual({ status: 'notSet' });
    expect(homeSiteOf({ homeSiteUrl: '/sites/intranet' })).toEqual({ status: 'invalid', value: '/sites/intranet' });
  });
});

describe('requireHomeSite', () => {
  it('uses what is known without loading, and loads when nothing is known', async () => {
    const known: SettingsService = {
      current: () => ({ homeSiteUrl: 'https://a.example/sites/x' }),
      load: jest.fn(),
      refresh: jest.fn()
    };
    expect(await requireHomeSite(known)).toBe('https://a.example/sites/x');
    expect(known.load).not.toHaveBeenCalled();
    const later: SettingsService = {
      current: () => ({}),
      load: jest.fn().mockResolvedValue({ homeSiteUrl: 'https://b.example/sites/y' }),
      refresh: jest.fn()
    };
    expect(await requireHomeSite(later)).toBe('https://b.example/sites/y');
  });

  it('throws a notConfigured ServiceError naming what is wrong', async () => {
    const unset = await requireHomeSite(fixedSettings({})).catch((error: unknown) => error);
    expect(unset).toBeInstanceOf(ServiceError);
    expect(unset).toMatchObject({ kind: 'notConfigured', code: HOME_SITE_NOT_SET });
    const invalid = await requireHomeSite(fixedSettings({ homeSiteUrl: 'intranet' })).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ kind: 'notConfigured', code: HOME_SITE_INVALID });
  });
});

describe('homeSiteResolver', () => {
  it('hands out the client of the site the settings name', async () => {
    const client = {} as SPFI;
    const spFor = jest.fn(() => client);
    const resolve = homeSiteResolver(fixedSettings({ homeSiteUrl: 'https://a.example/sites/x/' }), spFor);
    expect(await resolve()).toEqual({ url: 'https://a.example/sites/x', sp: client });
    expect(spFor).toHaveBeenCalledWith('https://a.example/sites/x');
  });
});
