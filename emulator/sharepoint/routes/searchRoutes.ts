import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import { runDocumentSearch } from '../search/documentSearch';
import { runPeopleSearch } from '../search/peopleSearch';
import {
  LOCAL_SHAREPOINT_SOURCE_ID,
  searchRequestFromBody,
  searchRequestFromQuery,
  type SearchRequest
} from '../search/searchRequest';
import { searchResponseBody } from '../search/searchResponse';
import type { SearchOutcome } from '../search/searchShape';

/** The default source (no source id, or Local SharePoint Results) searches documents; the People source people. */
function outcomeOf(request: SpRequest, search: SearchRequest): SearchOutcome {
  const origin = new URL(request.siteUrl).origin;
  if (search.sourceId === undefined || search.sourceId === LOCAL_SHAREPOINT_SOURCE_ID) {
    return runDocumentSearch(request.store, search, { origin, user: request.user });
  }
  return runPeopleSearch(request.store.people, search, origin);
}

function respond(request: SpRequest, search: SearchRequest, method: 'query' | 'postquery'): SpResponse {
  const outcome = outcomeOf(request, search);
  return { status: 200, body: searchResponseBody(outcome, request.format, method, request.siteUrl) };
}

export const SEARCH_ROUTES: readonly SpRoute[] = [
  {
    pattern: /^search\/query$/i,
    methods: ['GET'],
    handle: (request) => respond(request, searchRequestFromQuery(request.query), 'query')
  },
  {
    pattern: /^search\/postquery$/i,
    methods: ['POST'],
    handle: (request) => respond(request, searchRequestFromBody(request.body), 'postquery')
  }
];
