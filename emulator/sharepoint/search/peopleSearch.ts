import { randomUUID } from 'crypto';
import { parseKql } from './kqlParser';
import { DUTCH_COLLATOR, type PeopleIndex, type PersonDocument } from './peopleIndex';
import { rankPeople, type RankedPerson } from './peopleMatcher';
import { computeRefiners, matchesRefinementFilter, parseRefinementFilter } from './refiners';
import { cellProperties, personCell, type SearchOutcome } from './searchShape';
import { PEOPLE_SOURCE_ID, type SearchRequest } from './searchRequest';

function sortValue(person: RankedPerson, property: string): string | number {
  if (property.toLowerCase() === 'rank') return person.rank;
  return person.document.values.get(property.toLowerCase())?.[0] ?? '';
}

function applySortList(ranked: RankedPerson[], request: SearchRequest): RankedPerson[] {
  if (request.sortList.length === 0) {
    return ranked;
  }
  return [...ranked].sort((a, b) => {
    for (const term of request.sortList) {
      const left = sortValue(a, term.property);
      const right = sortValue(b, term.property);
      const order =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : DUTCH_COLLATOR.compare(String(left), String(right));
      if (order !== 0) return term.descending ? -order : order;
    }
    return 0;
  });
}

/**
 * Runs a search request on the People result source. The default source searches documents (documentSearch.ts);
 * any other source answers with an empty, well-formed result, as a source without indexed content would.
 */
export function runPeopleSearch(index: PeopleIndex, request: SearchRequest, origin: string): SearchOutcome {
  const started = process.hrtime.bigint();
  const node = parseKql(request.queryText);
  const filters = request.refinementFilters.map(parseRefinementFilter);
  const documents: readonly PersonDocument[] = request.sourceId === PEOPLE_SOURCE_ID ? index.documents() : [];
  const ranked = applySortList(
    rankPeople(documents, node).filter((person) =>
      filters.every((filter) => matchesRefinementFilter(person.document, filter))
    ),
    request
  );
  const page = ranked.slice(request.startRow, request.startRow + request.rowLimit);
  const properties = cellProperties(request.selectProperties);
  const rows = page.map((person) =>
    properties.map((property) => personCell(person.document, property, { origin, rank: person.rank }))
  );
  const refiners =
    request.refiners.length > 0
      ? computeRefiners(
          ranked.map((person) => person.document),
          request.refiners
        )
      : undefined;
  const elapsedMs = Number((process.hrtime.bigint() - started) / BigInt(1_000_000));
  return { request, rows, totalRows: ranked.length, refiners, elapsedMs, queryId: randomUUID() };
}
