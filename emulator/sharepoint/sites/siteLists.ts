import { guidFrom, type ListRecord, type ListStore } from '../store/listStore';
import { BUILT_IN_FIELDS, type ListSchema } from '../store/listSchema';
import type { Site } from './site';

/** The lists one site has. */
export interface SiteLists {
  all(): ListRecord[];
  byTitle(title: string): ListRecord | undefined;
  byId(id: string): ListRecord | undefined;
}

export const DOCUMENT_LIBRARY_TEMPLATE = 101;
const SITE_PAGES_TEMPLATE = 119;

function library(site: Site, title: string, url: string, entityTypeName: string, baseTemplate: number): ListRecord {
  const schema: ListSchema = {
    id: guidFrom(`${site.path}/${url}`),
    title,
    description: '',
    url,
    entityTypeName,
    fields: BUILT_IN_FIELDS,
    baseTemplate
  };
  return { schema, created: site.created, itemCount: 0, lastItemModified: site.created };
}

/** A team site's own libraries. They hold files, which the emulator does not model: they are always empty. */
function teamSiteLibraries(site: Site): ListRecord[] {
  return [
    library(site, 'Documents', 'Shared Documents', 'SP.Data.Shared_x0020_DocumentsItem', DOCUMENT_LIBRARY_TEMPLATE),
    library(site, 'Site Pages', 'SitePages', 'SP.Data.SitePagesItem', SITE_PAGES_TEMPLATE)
  ];
}

/** The intranet holds Kring's lists; a team site holds its standard libraries and none of Kring's lists. */
export function siteLists(site: Site, lists: ListStore): SiteLists {
  if (!site.group) {
    return {
      all: () => lists.all(),
      byTitle: (title) => lists.findByTitle(title),
      byId: (id) => lists.all().find((list) => list.schema.id === id)
    };
  }
  const libraries = teamSiteLibraries(site);
  return {
    all: () => libraries,
    byTitle: (title) => libraries.find((list) => list.schema.title.toLowerCase() === title.toLowerCase()),
    byId: (id) => libraries.find((list) => list.schema.id === id)
  };
}

export function isLibrary(list: ListRecord): boolean {
  return (list.schema.baseTemplate ?? 100) !== 100;
}
