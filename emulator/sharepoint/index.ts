import type BetterSqlite3 from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { registerApiRouter } from './http/router';
import { LIST_ROUTES } from './routes/listRoutes';
import { SEARCH_ROUTES } from './routes/searchRoutes';
import { WEB_ROUTES } from './routes/webRoutes';
import { seedLists } from './seed/seedLists';
import { ensurePeopleChangeTracking, markPeopleChanged } from './search/peopleIndex';
import { ensureSharePointTables } from './store/listStore';

export type Database = BetterSqlite3.Database;

/** What the SharePoint routes need from the server. */
export interface SharePointRouteDeps {
  db: Database;
}

/** Site path of the intranet site every SharePoint route lives under. */
export const INTRANET_SITE_PATH = '/sites/intranet';

/**
 * Creates (or recreates) the two Kring lists from the provisioning template in sharepoint/assets and fills them
 * from the Graph tables (groups, channels, messages). Run after the Graph seed and on reset; deterministic.
 */
export function seedSharePointLists(db: Database): void {
  ensureSharePointTables(db);
  seedLists(db);
  markPeopleChanged(db);
}

/** The SharePoint REST subset on /sites/intranet/_api: context info, web, the two lists and people search. */
export function registerSharePointRoutes(app: FastifyInstance, deps: SharePointRouteDeps): void {
  ensureSharePointTables(deps.db);
  ensurePeopleChangeTracking(deps.db);
  registerApiRouter(app, INTRANET_SITE_PATH, deps.db, [...WEB_ROUTES, ...LIST_ROUTES, ...SEARCH_ROUTES]);
}
