import type { HostInfo, HostUser } from './HostInfo';
import { toKringLocale } from './locale';
import { sharePointTheme, type SharePointThemeLike } from './themes';

/** What a SharePoint page tells a web part about its host: the section theme, the UI culture and the user. */
export interface SharePointPageLike {
  theme: SharePointThemeLike | undefined;
  /** `pageContext.cultureInfo.currentUICultureName`, e.g. `nl-NL`. */
  uiCultureName: string | undefined;
  user: HostUser;
}

/** Host information for a web part on a SharePoint page (theme of its section, page language, page user). */
export function hostInfoFromSharePoint(page: SharePointPageLike): HostInfo {
  return {
    kind: 'sharepoint',
    theme: sharePointTheme(page.theme),
    isDarkTheme: page.theme?.isInverted === true,
    isHighContrast: false,
    locale: toKringLocale(page.uiCultureName),
    user: page.user
  };
}
