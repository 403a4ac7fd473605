import type { SPFI } from '@pnp/sp';
import { setFailureSink } from '../logFailure';
import { ok } from '../Result';
import { ServiceError } from '../ServiceError';
import { fixedSettings, type SettingsService } from '../settings/SuiteSettings';
import type { SiteObservation } from './homeSiteProbe';
import { SpHealthService } from './SpHealthService';

const SITE = 'https://contoso.sharepoint.com/sites/intranet';
const ALL_GOOD: SiteObservation = { web: ok({ title: 'Intranet' }), lists: [] };

function serviceWith(
  settings: SettingsService,
  observe = jest.fn().mockResolvedValue(ALL_GOOD)
): { health: SpHealthService; observe: jest.Mock; spFor: jest.Mock } {
  const spFor = jest.fn(() => ({}) as SPFI);
  return { health: new SpHealthService(settings, spFor, observe), observe, spFor };
}

describe('SpHealthService', () => {
  afterEach(() => setFailureSink(() => undefined));

  it('checks the home site the settings name once per session, and again when asked to', async () => {
    const { health, observe, spFor } = serviceWith(fixedSettings({ homeSiteUrl: `${SITE}/` }));
    expect(await health.check()).toEqual({ status: 'ready', siteUrl: SITE, siteTitle: 'Intranet' });
    await health.check();
    expect(observe).toHaveBeenCalledTimes(1);
    expect(spFor).toHaveBeenCalledWith(SITE);
    await health.check({ refresh: true });
    expect(observe).toHaveBeenCalledTimes(2);
  });

  it('says the home site is not set, or not a URL, without sending a request', async () => {
    const unset = serviceWith(fixedSettings({}));
    expect(await unset.health.check()).toEqual({ status: 'homeSiteNotSet' });
    const invalid = serviceWith(fixedSettings({ homeSiteUrl: 'intranet' }));
    expect(await invalid.health.check()).toEqual({ status: 'homeSiteInvalid', value: 'intranet' });
    expect(unset.observe).not.toHaveBeenCalled();
    expect(invalid.observe).not.toHaveBeenCalled();
  });

  it('logs an unreachable home site once and reports it', async () => {
    const logged: string[] = [];
    setFailureSink((source) => logged.push(source));
    const error = new ServiceError('network', 'Failed to fetch');
    const { health } = serviceWith(
      fixedSettings({ homeSiteUrl: SITE }),
      jest.fn().mockResolvedValue({ web: { ok: false, error }, lists: [] })
    );
    expect(await health.check()).toEqual({ status: 'homeSiteUnreachable', siteUrl: SITE, error });
    expect(logged).toEqual(['Kring.health.homeSite']);
  });

  it('does not keep a failed check: unreadable settings are asked for again next time', async () => {
    const refresh = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('unavailable', 'Service unavailable', { status: 503 }))
      .mockResolvedValue({ homeSiteUrl: SITE });
    const { health } = serviceWith({ current: () => ({}), load: jest.fn(), refresh });
    await expect(health.check()).rejects.toMatchObject({ kind: 'unavailable' });
    expect((await health.check()).status).toBe('ready');
  });
});
