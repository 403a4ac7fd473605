import type { DocumentSearchService } from '../../services/documents/DocumentSearchService';
import type { ChannelFilesService } from '../../services/files/ChannelFilesService';
import type { KringServices } from '../../services/KringServices';

export interface DocumentServiceOverrides {
  documents?: Partial<DocumentSearchService>;
  channelFiles?: Partial<ChannelFilesService>;
}

const unexpected = (name: string) => (): Promise<never> => Promise.reject(new Error(`Unexpected call to ${name}`));

/** The document services for component tests: every search and upload fails unless the test supplies it. */
export function fakeDocumentServices(
  overrides: DocumentServiceOverrides = {}
): Pick<KringServices, 'documents' | 'channelFiles'> {
  return {
    documents: { search: unexpected('documents.search'), ...overrides.documents },
    channelFiles: { upload: unexpected('channelFiles.upload'), ...overrides.channelFiles }
  };
}
