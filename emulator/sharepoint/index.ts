import type { FastifyInstance } from 'fastify';
import type { Database } from '../shared/store/database';
import { registerStorageEntityControlRoutes } from './control/storageEntityControlRoutes';
import { registerApiRouter } from './http/router';
import { FIELD_ROUTES } from './routes/fieldRoutes';
import { FILE_ROUTES } from './routes/fileRoutes';
import { UPLOAD_SESSION_ROUTES } from './routes/uploadSessionRoutes';
import { LIST_ROUTES } from './routes/listRoutes';
import { PERMISSION_ROUTES } from './routes/permissionRoutes';
import { SEARCH_ROUTES } from './routes/searchRoutes';
import { STORAGE_ENTITY_ROUTES } from './routes/storageEntityRoutes';
import { WEB_ROUTES } from './routes/webRoutes';
import { markPeopleChanged } from './search/peopleIndex';
import { seedIntranetLibrary } from './seed/intranetLibrary';
import { seedLists } from './seed/seedLists';
import { ensureStorageEntitiesSeeded, seedStorageEntities } from './seed/storageEntities';
import { clearFiles, ensureFileTables } from '../shared/store/libraryFiles';
import { ensureSharePointTables } from './store/schema';
import { SharePointStore } from './store/sharePointStore';

/** What the SharePoint routes need from the server. */
export interface SharePointRouteDeps {
  db: Database;
}

/**
 * Creates (or recreates) the two Kring lists from the provisioning template in sharepoint/assets and fills them
 * from the Graph tables (groups, channels, messages), puts the tenant properties back and fills the intranet's
 * document library (uploads are dropped). Run after the Graph seed and on reset; deterministic.
 */
export function seedSharePoint(db: Database): void {
  ensureSharePointTables(db);
  seedLists(db);
  seedStorageEntities(db);
  ensureFileTables(db);
  clearFiles(db);
  seedIntranetLibrary(db);
  markPeopleChanged(db);
}

/**
 * The SharePoint REST subset on every site (`/sites/<name>/_api`): context info, web, lists, fields, permissions,
 * tenant properties and people search; Kring's lists on the intranet. Plus the control routes for tenant properties.
 */
export function registerSharePointRoutes(app: FastifyInstance, deps: SharePointRouteDeps): void {
  const store = new SharePointStore(deps.db);
  ensureStorageEntitiesSeeded(deps.db);
  registerApiRouter(app, store, [
    ...WEB_ROUTES,
    ...LIST_ROUTES,
    ...FIELD_ROUTES,
    ...PERMISSION_ROUTES,
    ...STORAGE_ENTITY_ROUTES,
    ...SEARCH_ROUTES,
    ...FILE_ROUTES,
    ...UPLOAD_SESSION_ROUTES
  ]);
  registerStorageEntityControlRoutes(app, store.storageEntities);
}
