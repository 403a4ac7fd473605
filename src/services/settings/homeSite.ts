import type { SPFI } from '@pnp/sp';
import { logFailure } from '../logFailure';
import { ServiceError } from '../ServiceError';
import type { SettingsService, SuiteSettings } from './SuiteSettings';

/** `ServiceError.code` of the `notConfigured` errors about the home site. */
export const HOME_SITE_NOT_SET = 'KringHomeSiteNotSet';
export const HOME_SITE_INVALID = 'KringHomeSiteInvalid';

/** What the settings say about Kring's home site, in terms the health check and error states explain. */
export type HomeSite = { status: 'set'; url: string } | { status: 'notSet' } | { status: 'invalid'; value: string };

/** The home site in the settings: an absolute http(s) URL, without a trailing slash. */
export function homeSiteOf(settings: SuiteSettings): HomeSite {
  const value = settings.homeSiteUrl?.trim();
  if (!value) {
    return { status: 'notSet' };
  }
  if (!/^https?:\/\/[^/\s]+/i.test(value)) {
    return { status: 'invalid', value };
  }
  return { status: 'set', url: value.replace(/\/+$/, '') };
}

/** The home site's URL, from what is known or else from the tenant properties; a typed error when there is none. */
export async function requireHomeSite(settings: SettingsService): Promise<string> {
  const known = homeSiteOf(settings.current());
  const homeSite = known.status === 'set' ? known : homeSiteOf(await settings.load());
  if (homeSite.status === 'notSet') {
    throw logFailure(
      'settings.homeSite',
      new ServiceError('notConfigured', "Kring's home site is not set (tenant property KringHomeSite).", {
        code: HOME_SITE_NOT_SET
      })
    );
  }
  if (homeSite.status === 'invalid') {
    throw logFailure(
      'settings.homeSite',
      new ServiceError('notConfigured', `Kring's home site '${homeSite.value}' is not an absolute URL.`, {
        code: HOME_SITE_INVALID
      })
    );
  }
  return homeSite.url;
}

/** A client for Kring's home site, and its URL (cache keys name the site, as a page may override it). */
export interface HomeSiteWeb {
  url: string;
  sp: SPFI;
}

export type HomeSiteResolver = () => Promise<HomeSiteWeb>;

/** Resolves the home site through the settings on every call, so a service follows the settings it was given. */
export function homeSiteResolver(settings: SettingsService, spFor: (siteUrl: string) => SPFI): HomeSiteResolver {
  return async () => {
    const url = await requireHomeSite(settings);
    return { url, sp: spFor(url) };
  };
}
