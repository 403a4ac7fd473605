import type { IRefiner, SearchResults } from '@pnp/sp/search';

export type ResultRow = Record<string, unknown>;

/** The People result source of SharePoint search. */
export const PEOPLE_SOURCE = 'b09a7990-05ea-4af9-81ef-edfab16c4e31';

/** The result rows of a PnPjs search answer, as the plain records SharePoint sends. */
export function rowsOf(results: SearchResults): ResultRow[] {
  return results.PrimarySearchResults as unknown as ResultRow[];
}

/** The refiners of a search answer; a test that asked for refiners fails when there are none. */
export function refinersOf(results: SearchResults): IRefiner[] {
  const refiners = results.RawSearchResults.PrimaryQueryResult?.RefinementResults?.Refiners;
  if (!refiners) {
    throw new Error('The search result has no refiners.');
  }
  return refiners;
}
