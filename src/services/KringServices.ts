import type { ComposerService } from './composer/ComposerService';
import type { DraftSending } from './composer/DraftSender';
import type { DraftStore } from './composer/DraftStore';
import type { DocumentSearchService } from './documents/DocumentSearchService';
import type { FeedService } from './feed/FeedService';
import type { ChannelFilesService } from './files/ChannelFilesService';
import type { GroupsService } from './groups/GroupsService';
import type { MembershipService } from './groups/MembershipService';
import type { HealthService } from './health/HealthReport';
import type { HighlightsService } from './highlights/HighlightsService';
import type { PeopleService } from './people/PeopleService';
import type { RegistryService } from './registry/RegistryService';
import type { SettingsService } from './settings/SuiteSettings';

/** Every data service a Kring component can use, handed down through ServicesContext. */
export interface KringServices {
  people: PeopleService;
  highlights: HighlightsService;
  settings: SettingsService;
  health: HealthService;
  groups: GroupsService;
  membership: MembershipService;
  feed: FeedService;
  registry: RegistryService;
  /** Posts, replies and reactions. */
  composer: ComposerService;
  /** The signed-in user's drafts, kept until Graph has the message. */
  drafts: DraftStore;
  /** Sends drafts exactly once (through `composer`, keeping `drafts`). */
  sender: DraftSending;
  /** Intranet documents and pages to share in a post. */
  documents: DocumentSearchService;
  /** Files from the device, uploaded to a channel's folder to share in a post. */
  channelFiles: ChannelFilesService;
}
