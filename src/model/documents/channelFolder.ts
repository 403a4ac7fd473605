import { absoluteSpUrl, serverRelativePathOn, webOrigin } from './spUrls';

/** Where a channel's files are kept: the team's SharePoint site and the folder in its Documents library. */
export interface ChannelFolder {
  /** The site's absolute URL, e.g. `https://contoso.sharepoint.com/sites/Toetsing`. */
  siteUrl: string;
  /** The folder's server-relative path, decoded, e.g. `/sites/Toetsing/Shared Documents/General`. */
  folderPath: string;
  /** `scheme://host` of the site. */
  origin: string;
}

const SITE_COLLECTION_PATHS = new Set(['sites', 'teams']);

/**
 * The channel folder that Graph's `filesFolder` names by its `webUrl`, e.g.
 * `https://contoso.sharepoint.com/teams/Toetsing/Shared%20Documents/General`. A team's site (and a private or shared
 * channel's own site) is a site collection under `/sites/` or `/teams/`, so the site is the path's first two
 * segments; since the private-channel migration `filesFolder` may name the library's root. Undefined for a URL that
 * is not such a folder.
 */
export function channelFolderOf(webUrl: unknown): ChannelFolder | undefined {
  const origin = typeof webUrl === 'string' ? webOrigin(webUrl) : undefined;
  const folderPath = origin ? serverRelativePathOn(webUrl as string, origin) : undefined;
  const segments = folderPath?.split('/') ?? [];
  if (!origin || !folderPath || segments.length < 4 || !SITE_COLLECTION_PATHS.has(segments[1].toLowerCase())) {
    return undefined;
  }
  if (segments.some((segment, index) => index > 0 && (segment === '' || segment === '.' || segment === '..'))) {
    return undefined;
  }
  return { siteUrl: absoluteSpUrl(origin, `/${segments[1]}/${segments[2]}`), folderPath, origin };
}
