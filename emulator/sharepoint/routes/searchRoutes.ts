import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import { runPeopleSearch } from '../search/peopleSearch';
import { searchRequestFromBody, searchRequestFromQuery, type SearchRequest } from '../search/searchRequest';
import { searchResponseBody } from '../search/searchResponse';

function respond(request: SpRequest, search: SearchRequest, method: 'query' | 'postquery'): SpResponse {
  const outcome = runPeopleSearch(request.store.people, search, new URL(request.siteUrl).origin);
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
