import * as commonStrings from 'KringCommonStrings';
import type { SuiteSettings } from '../../services/settings/SuiteSettings';
import type { PropertyPageDefinition } from './propertyFields';

/** The properties every Kring web part has in its "Kring site" group. */
export interface KringSiteProperties {
  /** Overrides the tenant's home site (tenant property KringHomeSite) for this web part; empty uses the tenant's. */
  homeSiteUrl?: string;
  /** Whether the web part shows its title as a heading. */
  showTitle?: boolean;
}

export type PropertyGroupDefinition = PropertyPageDefinition['groups'][number];

/** The shared "Kring site" property group: the optional home-site override and the title toggle. */
export function kringSiteGroup(): PropertyGroupDefinition {
  return {
    name: commonStrings.KringSiteGroupName,
    fields: [
      {
        kind: 'text',
        key: 'homeSiteUrl',
        label: commonStrings.HomeSiteUrlFieldLabel,
        description: commonStrings.HomeSiteUrlFieldDescription
      },
      { kind: 'toggle', key: 'showTitle', label: commonStrings.ShowTitleFieldLabel }
    ]
  };
}

/** The suite settings a web part's properties override (only what is filled in). */
export function settingsOverrides(properties: KringSiteProperties): SuiteSettings {
  const homeSiteUrl = properties.homeSiteUrl?.trim();
  return homeSiteUrl ? { homeSiteUrl } : {};
}

/** Whether the title shows: the property when set, else the web part's own default. */
export function showsTitle(properties: KringSiteProperties, byDefault: boolean): boolean {
  return properties.showTitle ?? byDefault;
}
