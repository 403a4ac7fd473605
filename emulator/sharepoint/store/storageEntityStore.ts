import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';

/**
 * A tenant property (storage entity) as SharePoint keeps it in the app catalog: a string value with an optional
 * description and comment, readable from every site with `GetStorageEntity`.
 */
export interface StorageEntity {
  key: string;
  value: string;
  description: string | null;
  comment: string | null;
}

/** Stands for the origin the caller reached the emulator on, so seeded URLs work on any host and port. */
export const ORIGIN_PLACEHOLDER = '{origin}';

/** The tenant properties, in SQLite so they survive restarts; `reset` puts the seeded ones back. */
export class StorageEntityStore {
  private readonly byKey: Statement<[string], StorageEntity>;
  private readonly everything: Statement<[], StorageEntity>;
  private readonly upsert: Statement<[StorageEntity]>;
  private readonly remove: Statement<[string]>;
  private readonly replaceAll: (entities: readonly StorageEntity[]) => void;

  public constructor(db: Database) {
    this.byKey = db.prepare('SELECT key, value, description, comment FROM sp_storage_entities WHERE key = ?');
    this.everything = db.prepare('SELECT key, value, description, comment FROM sp_storage_entities ORDER BY key');
    this.upsert = db.prepare(
      `INSERT INTO sp_storage_entities (key, value, description, comment) VALUES (@key, @value, @description, @comment)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, description = excluded.description, comment = excluded.comment`
    );
    this.remove = db.prepare('DELETE FROM sp_storage_entities WHERE key = ?');
    const clear = db.prepare('DELETE FROM sp_storage_entities');
    this.replaceAll = db.transaction((entities: readonly StorageEntity[]) => {
      clear.run();
      for (const entity of entities) {
        this.upsert.run(entity);
      }
    });
  }

  /** Keys are matched exactly, as SharePoint matches the keys of its property bag. */
  public get(key: string): StorageEntity | undefined {
    return this.byKey.get(key);
  }

  public all(): StorageEntity[] {
    return this.everything.all();
  }

  public set(entity: StorageEntity): void {
    this.upsert.run(entity);
  }

  /** Whether there was an entity to remove. */
  public delete(key: string): boolean {
    return this.remove.run(key).changes > 0;
  }

  public replace(entities: readonly StorageEntity[]): void {
    this.replaceAll(entities);
  }
}

/** An entity's value as a caller on `origin` sees it. */
export function resolvedValue(entity: StorageEntity, origin: string): string {
  return entity.value.split(ORIGIN_PLACEHOLDER).join(origin);
}
