import type { SessionCache } from './cache/SessionCache';
import type { KringClients } from './clients';
import { DraftSender } from './composer/DraftSender';
import { GraphComposerService } from './composer/GraphComposerService';
import { LocalDraftStore } from './composer/LocalDraftStore';
import { SpDocumentSearchService } from './documents/SpDocumentSearchService';
import { GraphFeedService } from './feed/GraphFeedService';
import { SpChannelFilesService } from './files/SpChannelFilesService';
import { SpGraphGroupsService } from './groups/SpGraphGroupsService';
import { SpGraphMembershipService } from './groups/SpGraphMembershipService';
import type { KringServices } from './KringServices';
import { SpGraphRegistryService } from './registry/SpGraphRegistryService';
import type { HomeSiteResolver } from './settings/homeSite';

export type GroupServices = Pick<
  KringServices,
  'groups' | 'membership' | 'registry' | 'feed' | 'composer' | 'drafts' | 'sender' | 'documents' | 'channelFiles'
>;

/** The interest-group services, loaded in a chunk of their own by the pages that show groups or feeds. */
export function createGroupServices(
  clients: KringClients,
  homeSite: HomeSiteResolver,
  cache: SessionCache,
  lasting: SessionCache,
  viewer: string = ''
): GroupServices {
  const groups = new SpGraphGroupsService(clients.graph, homeSite, cache);
  const composer = new GraphComposerService(clients.graph);
  const drafts = new LocalDraftStore(viewer);
  return {
    composer,
    drafts,
    sender: new DraftSender(composer, drafts),
    groups,
    membership: new SpGraphMembershipService(clients.graph, homeSite, cache, () => groups.forgetMemberships()),
    registry: new SpGraphRegistryService(clients.graph, homeSite, cache),
    feed: new GraphFeedService(clients.graph, clients.graphOrigin, cache, lasting),
    documents: new SpDocumentSearchService(homeSite),
    channelFiles: new SpChannelFilesService(clients.graph, clients.spFor)
  };
}
