import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import type { IBasePermissions } from '@pnp/sp/security';
import type { KringListDefinition } from '../lists/kringLists';
import { failed, ok, type Result } from '../Result';
import { toServiceError } from '../toServiceError';

/** What one list on the home site answered: its column names and the signed-in user's permissions on it. */
export interface ListObservation {
  list: KringListDefinition;
  columns: Result<string[]>;
  permissions: Result<IBasePermissions>;
}

/** What the home site answered to the health check's requests. */
export interface SiteObservation {
  web: Result<{ title?: string }>;
  lists: ListObservation[];
}

async function settle<T>(request: Promise<T>): Promise<Result<T>> {
  try {
    return ok(await request);
  } catch (error) {
    return failed(await toServiceError(error));
  }
}

function observeList(sp: SPFI, list: KringListDefinition): Promise<ListObservation> {
  const target = sp.web.lists.getByTitle(list.title);
  const columns = target.fields
    .select('InternalName')<{ InternalName: string }[]>()
    .then((fields) => fields.map((field) => field.InternalName));
  return Promise.all([settle(columns), settle(target.getCurrentUserEffectivePermissions())]).then(
    ([names, permissions]) => ({
      list,
      columns: names,
      permissions
    })
  );
}

/**
 * The health check's one set of requests, all sent at once: the web, and per list its columns and the user's
 * effective permissions. (The emulator has no SharePoint `$batch`, so they travel as parallel GETs.)
 */
export async function observeHomeSite(sp: SPFI, lists: readonly KringListDefinition[]): Promise<SiteObservation> {
  const web = settle(
    sp.web
      .select('Title')<{ Title?: string }>()
      .then((answer) => ({ title: answer.Title }))
  );
  const [site, ...observed] = await Promise.all([web, ...lists.map((list) => observeList(sp, list))]);
  return { web: site, lists: observed };
}
