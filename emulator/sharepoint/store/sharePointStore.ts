import type { Database } from '../../shared/store/database';
import { peopleIndexOf, type PeopleIndex } from '../search/peopleIndex';
import { DocumentIndexStore } from './documentIndexStore';
import { FileStore } from './fileStore';
import { LibraryFolderStore } from './libraryFolderStore';
import { ListStore } from './listStore';
import { ensureSharePointTables } from './schema';
import { StorageEntityStore } from './storageEntityStore';
import { TeamSiteStore } from './teamSiteStore';

/** Everything the SharePoint routes read and write, with statements prepared once when the server starts. */
export class SharePointStore {
  public readonly lists: ListStore;
  public readonly storageEntities: StorageEntityStore;
  public readonly teamSites: TeamSiteStore;
  public readonly people: PeopleIndex;
  public readonly files: FileStore;
  public readonly libraryFolders: LibraryFolderStore;
  public readonly documents: DocumentIndexStore;

  public constructor(db: Database) {
    ensureSharePointTables(db);
    this.lists = new ListStore(db);
    this.storageEntities = new StorageEntityStore(db);
    this.teamSites = new TeamSiteStore(db);
    this.people = peopleIndexOf(db);
    this.files = new FileStore(db);
    this.libraryFolders = new LibraryFolderStore(db);
    this.documents = new DocumentIndexStore(db);
  }
}
