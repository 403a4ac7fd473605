import type { DocumentType, IntranetDocument } from '../../model/documents/IntranetDocument';

export interface DocumentSearchOptions {
  /** Only documents of this kind (Word, PDF, pages, …); every kind when undefined. */
  type?: DocumentType;
  /** How many results to ask for; 20 by default, at most 50. */
  top?: number;
}

/** Finds documents and pages on the intranet to share in a post. */
export interface DocumentSearchService {
  /**
   * The documents and pages matching the words the user typed, most relevant first, as far as the user may read
   * them. Words with nothing to search for (empty, only punctuation or `*`) answer `[]` without a request.
   */
  search(text: string, options?: DocumentSearchOptions): Promise<IntranetDocument[]>;
}
