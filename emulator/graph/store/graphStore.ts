import type { Database } from '../../shared/store/database';
import { ChannelFolderStore } from './channelFolderStore';
import { ChannelStore } from './channelStore';
import { DirectoryStore } from './directoryStore';
import { GroupStore } from './groupStore';
import { HostedContentStore } from './hostedContentStore';
import { MessageDeltaStore } from './messageDeltaStore';
import { MessageStore } from './messageStore';
import { UserStore } from './userStore';

/** Everything the Graph routes read and write, with its statements prepared once when the server starts. */
export class GraphStore {
  public readonly users: UserStore;
  public readonly groups: GroupStore;
  public readonly channels: ChannelStore;
  public readonly messages: MessageStore;
  public readonly messageDelta: MessageDeltaStore;
  public readonly hostedContents: HostedContentStore;
  public readonly directory: DirectoryStore;
  public readonly channelFolders: ChannelFolderStore;

  public constructor(db: Database) {
    this.users = new UserStore(db);
    this.groups = new GroupStore(db);
    this.channels = new ChannelStore(db);
    this.messages = new MessageStore(db);
    this.messageDelta = new MessageDeltaStore(db);
    this.hostedContents = new HostedContentStore(db);
    this.directory = new DirectoryStore(db);
    this.channelFolders = new ChannelFolderStore(db);
  }
}
