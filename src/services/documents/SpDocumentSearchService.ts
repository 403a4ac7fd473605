import '@pnp/sp/search';
import { documentQueryText } from '../../model/documents/documentKql';
import { DOCUMENT_SELECT, searchRowsOf, toIntranetDocument } from '../../model/documents/documentSearchRows';
import type { IntranetDocument } from '../../model/documents/IntranetDocument';
import { webOrigin } from '../../model/documents/spUrls';
import { logFailure } from '../logFailure';
import type { HomeSiteResolver } from '../settings/homeSite';
import { toServiceError } from '../toServiceError';
import type { DocumentSearchOptions, DocumentSearchService } from './DocumentSearchService';

const DEFAULT_TOP = 20;
const MAX_TOP = 50;

/** SharePoint search (Local SharePoint Results) through Kring's home site, trimmed to what the user may read. */
export class SpDocumentSearchService implements DocumentSearchService {
  public constructor(private readonly homeSite: HomeSiteResolver) {}

  public async search(text: string, options: DocumentSearchOptions = {}): Promise<IntranetDocument[]> {
    const querytext = documentQueryText(text, options.type);
    if (querytext === undefined) {
      return [];
    }
    const site = await this.homeSite();
    const origin = webOrigin(site.url) ?? '';
    try {
      const results = await site.sp.search({
        Querytext: querytext,
        SelectProperties: [...DOCUMENT_SELECT],
        RowLimit: Math.min(Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)), MAX_TOP),
        // Copies of a document in other sites are what the picker tells apart by site and folder: none is hidden.
        TrimDuplicates: false
      });
      return searchRowsOf(results.RawSearchResults)
        .map((row) => toIntranetDocument(row, origin))
        .filter((document): document is IntranetDocument => document !== undefined);
    } catch (error) {
      throw logFailure('documents.search', await toServiceError(error));
    }
  }
}
