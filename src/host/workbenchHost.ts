import type { HostInfo } from './HostInfo';
import { hostInfoFromSharePoint, type SharePointPageLike } from './sharePointHost';
import type { SharePointThemeLike, ThemeName } from './themes';

/** The primary colour of the workbench's SharePoint site theme (SharePoint's default "Blue"). */
export const WORKBENCH_SITE_PRIMARY = '#0078d4';

/** The site theme a SharePoint section has in the workbench: the site's palette, inverted for a dark section. */
export function workbenchSectionTheme(name: ThemeName): SharePointThemeLike {
  return { isInverted: name === 'sharepointDark', palette: { themePrimary: WORKBENCH_SITE_PRIMARY } };
}

/**
 * The workbench's SharePoint page: mapped exactly as a SharePoint page is, reported as the workbench host (the
 * counterpart of SPFx's local environment). Its Teams tab goes through the Teams mapping and reports `teams`.
 */
export function hostInfoForWorkbenchPage(page: SharePointPageLike): HostInfo {
  return { ...hostInfoFromSharePoint(page), kind: 'workbench' };
}
