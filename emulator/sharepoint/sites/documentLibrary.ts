import { TEAM_LIBRARY_FOLDER } from '../../shared/store/libraryFiles';
import { SharePointError } from '../http/spError';
import type { SharePointStore } from '../store/sharePointStore';
import type { Site } from './site';

export const fileNotFound = (): SharePointError =>
  new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

export function teamLibraryRoot(site: Site): string {
  return `${site.path}/${TEAM_LIBRARY_FOLDER}`;
}

/** A server-relative URL as SharePoint takes it: absolute paths as they are, others relative to the site. */
export function serverRelative(site: Site, url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `${site.path}/${trimmed}`;
}

/** The folders files can be put in on a site: a team site's library root and its channels' folders. */
export function libraryFolders(store: SharePointStore, site: Site): string[] {
  if (!site.group) {
    return [];
  }
  const root = teamLibraryRoot(site);
  return [root, ...store.libraryFolders.channelFolderNames(site.group.id).map((name) => `${root}/${name}`)];
}

/** The folder a URL names on the site, spelled as the site spells it; 404 when there is none. */
export function existingFolder(store: SharePointStore, site: Site, url: string): string {
  const wanted = serverRelative(site, url).toLowerCase();
  const folder = libraryFolders(store, site).find((candidate) => candidate.toLowerCase() === wanted);
  if (!folder) {
    throw fileNotFound();
  }
  return folder;
}
