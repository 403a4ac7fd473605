/**
 * Kring's tenant-wide settings: where its lists live and which pages the web parts link to. Read from tenant
 * properties (storage entities in the app catalog); a web part's property pane may override them.
 */
export interface SuiteSettings {
  /** Absolute URL of Kring's home site (the intranet site that holds its lists). */
  homeSiteUrl?: string;
  /** The page with the colleague card that shows `?person=`. */
  profilePageUrl?: string;
  /** The page with the who-knows-what directory that searches `?q=`. */
  directoryPageUrl?: string;
  /** The page with the interest-group feed that opens `?group=`. */
  feedPageUrl?: string;
}

export interface SettingsService {
  /** The settings as far as known right now (from cache), without a request. */
  current(): SuiteSettings;
  /** The settings, read once per session from the tenant properties (or from an earlier visit, then re-read). */
  load(): Promise<SuiteSettings>;
  /** The settings as the tenant properties say right now (the health check: no remembered answer). */
  refresh(): Promise<SuiteSettings>;
}

/** Settings given by the host (tests, a page whose properties name everything). */
export function fixedSettings(settings: SuiteSettings): SettingsService {
  return { current: () => settings, load: async () => settings, refresh: async () => settings };
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** `overrides` over `base`, where an empty override (a cleared property pane field) does not count. */
export function mergeSettings(base: SuiteSettings, overrides: SuiteSettings): SuiteSettings {
  const merged: SuiteSettings = { ...base };
  for (const key of Object.keys(overrides) as (keyof SuiteSettings)[]) {
    const value = present(overrides[key]);
    if (value !== undefined) {
      merged[key] = value;
    }
  }
  return merged;
}
