import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { SessionCache, type CacheStore } from '../cache/SessionCache';
import { logFailure } from '../logFailure';
import { toServiceError } from '../toServiceError';
import { mergeSettings, type SettingsService, type SuiteSettings } from './SuiteSettings';

/** The tenant properties an administrator sets with `Set-PnPStorageEntity` (docs/sharepoint-lists.md). */
export const HOME_SITE_KEY = 'KringHomeSite';
export const PROFILE_PAGE_KEY = 'KringProfilePageUrl';

/** `GetStorageEntity` answers `{ Value, Comment, Description }`, or `{ "odata.null": true }` for a key nobody set. */
interface StorageEntityAnswer {
  Value?: string | null;
}

function entityValue(answer: StorageEntityAnswer | null | undefined): string | undefined {
  const value = typeof answer?.Value === 'string' ? answer.Value.trim() : '';
  return value === '' ? undefined : value;
}

/** How long a home site read on an earlier visit is used first (and re-read behind it) before it must be read. */
const REMEMBERED_DAYS = 7;
/** The re-read of a remembered answer waits until the page's first content has had the network and the CPU. */
const REREAD_AFTER_MS = 3000;

/**
 * The suite settings from the tenant properties, read from the page's own site (any site can read them) once per
 * session, with the host's overrides (the property pane) over them. A home site read on an earlier visit (`lasting`)
 * is used at once and re-read a few seconds later: the tenant property changes about never, and every list call of
 * a new session would otherwise wait one round trip for it.
 */
export class TenantSettingsService implements SettingsService {
  private readonly store: CacheStore<SuiteSettings>;
  private readonly remembered: CacheStore<SuiteSettings> | undefined;
  private pending: Promise<SuiteSettings> | undefined;
  private rereading = false;

  public constructor(
    private readonly pageSite: SPFI,
    private readonly overrides: SuiteSettings = {},
    cache: SessionCache = new SessionCache(),
    lasting?: SessionCache,
    private readonly rereadAfterMs: number = REREAD_AFTER_MS
  ) {
    this.store = cache.store('tenantSettings', 60);
    this.remembered = lasting?.store('tenantSettings', REMEMBERED_DAYS * 24 * 60);
  }

  public current(): SuiteSettings {
    return mergeSettings(this.known() ?? {}, this.overrides);
  }

  public async load(): Promise<SuiteSettings> {
    const cached = this.store.get('tenant');
    if (cached) {
      return mergeSettings(cached.value, this.overrides);
    }
    const remembered = this.remembered?.get('tenant');
    if (remembered) {
      this.rereadLater();
      return mergeSettings(remembered.value, this.overrides);
    }
    return mergeSettings(await this.read(), this.overrides);
  }

  public async refresh(): Promise<SuiteSettings> {
    return mergeSettings(await this.read(), this.overrides);
  }

  private rereadLater(): void {
    if (this.rereading) {
      return;
    }
    this.rereading = true;
    setTimeout(() => {
      this.read()
        .catch(() => undefined)
        .finally(() => (this.rereading = false));
    }, this.rereadAfterMs);
  }

  private known(): SuiteSettings | undefined {
    return this.store.get('tenant')?.value ?? this.remembered?.get('tenant')?.value;
  }

  private read(): Promise<SuiteSettings> {
    this.pending = this.pending ?? this.readTenant().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async readTenant(): Promise<SuiteSettings> {
    let answers: StorageEntityAnswer[];
    try {
      answers = await Promise.all(
        [HOME_SITE_KEY, PROFILE_PAGE_KEY].map((key) => this.pageSite.web.getStorageEntity(key))
      );
    } catch (error) {
      throw logFailure('settings.load', await toServiceError(error));
    }
    const tenant: SuiteSettings = {};
    const [homeSiteUrl, profilePageUrl] = answers.map(entityValue);
    if (homeSiteUrl) tenant.homeSiteUrl = homeSiteUrl;
    if (profilePageUrl) tenant.profilePageUrl = profilePageUrl;
    this.store.put('tenant', tenant);
    if (tenant.homeSiteUrl) {
      this.remembered?.put('tenant', tenant);
    } else {
      this.remembered?.delete('tenant');
    }
    return tenant;
  }
}
