import type { Database } from '../../shared/store/database';
import { readMeta, writeMeta } from '../../shared/store/meta';
import { INTRANET_SITE_PATH } from '../sites/site';
import { ORIGIN_PLACEHOLDER, StorageEntityStore, type StorageEntity } from '../store/storageEntityStore';

const HOME_SITE = `${ORIGIN_PLACEHOLDER}${INTRANET_SITE_PATH}`;

/** The tenant properties a Kring admin sets with `Set-PnPStorageEntity` when installing Kring (see docs/emulator.md). */
export const SEEDED_STORAGE_ENTITIES: readonly StorageEntity[] = [
  {
    key: 'KringHomeSite',
    value: HOME_SITE,
    description: "Kring's home site: the site with the Kring Interest Groups and Kring Highlights lists.",
    comment: 'Set when Kring was installed.'
  },
  {
    key: 'KringProfilePageUrl',
    value: `${HOME_SITE}/SitePages/Profile.aspx`,
    description: 'The page with the colleague card that shows ?person=.',
    comment: 'Set when Kring was installed.'
  }
];

const SEEDED_FLAG = 'storageEntitiesSeeded';

/** Puts the seeded tenant properties back (the seed and every reset). */
export function seedStorageEntities(db: Database): void {
  new StorageEntityStore(db).replace(SEEDED_STORAGE_ENTITIES);
  writeMeta(db, SEEDED_FLAG, '1');
}

/** A database seeded before tenant properties existed gets them once; later changes (removals too) are kept. */
export function ensureStorageEntitiesSeeded(db: Database): void {
  if (readMeta(db, SEEDED_FLAG) === undefined) {
    seedStorageEntities(db);
  }
}
