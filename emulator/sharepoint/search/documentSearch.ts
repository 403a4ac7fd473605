import { randomUUID } from 'crypto';
import type { SignedInUser } from '../../shared/http/requestState';
import { siteNamed, userPermissionsOn } from '../sites/siteAccess';
import { fileExtension, type IndexedDocument } from '../store/documentIndexStore';
import type { SharePointStore } from '../store/sharePointStore';
import { DEFAULT_DOCUMENT_PROPERTIES, documentCell, documentTitle, isPage, type QueryTerm } from './documentCells';
import { documentCondition, indexWords, positiveTerms } from './documentQuery';
import { parseKql, type KqlNode } from './kqlParser';
import { DUTCH_COLLATOR } from './peopleIndex';
import { computeRefiners, matchesRefinementFilter, parseRefinementFilter, type RefinableItem } from './refiners';
import type { SearchRequest } from './searchRequest';
import { cellProperties, type SearchOutcome } from './searchShape';

interface SiteFacts {
  readable: boolean;
  path: string;
  title: string;
}

interface RankedDocument {
  document: IndexedDocument;
  site: SiteFacts;
  rank: number;
}

/** Who may see what, per site, as search trims results: the sites the user cannot open hold nothing for them. */
function siteFactsFor(
  store: SharePointStore,
  user: SignedInUser | undefined
): (document: IndexedDocument) => SiteFacts {
  const sites = new Map<string, SiteFacts>();
  return (document) => {
    const name = /^\/sites\/([^/]+)\//i.exec(document.serverRelativeUrl)?.[1] ?? '';
    let facts = sites.get(name.toLowerCase());
    if (!facts) {
      try {
        const site = siteNamed(store, name);
        facts = { readable: !!user && !!userPermissionsOn(store, site, user), path: site.path, title: site.title };
      } catch {
        facts = { readable: false, path: `/sites/${name}`, title: name };
      }
      sites.set(name.toLowerCase(), facts);
    }
    return facts;
  };
}

function containsTerm(words: readonly string[], term: QueryTerm): boolean {
  const last = term.words.length - 1;
  for (let start = 0; start + term.words.length <= words.length; start += 1) {
    if (
      term.words.every((wanted, offset) =>
        offset === last && term.prefix ? words[start + offset].startsWith(wanted) : words[start + offset] === wanted
      )
    ) {
      return true;
    }
  }
  return false;
}

/** How relevant a match is: query terms in the title count most, then in the name and the text. */
function relevance(document: IndexedDocument, terms: readonly QueryTerm[]): number {
  if (terms.length === 0) {
    return 1;
  }
  const title = indexWords(documentTitle(document));
  const text = indexWords(`${document.name} ${document.summary ?? ''} ${document.author}`);
  return terms.reduce(
    (score, term) => score + (containsTerm(title, term) ? 10 : 0) + (containsTerm(text, term) ? 2 : 0),
    1
  );
}

const SORTABLE: Readonly<Record<string, (entry: RankedDocument) => string | number>> = {
  rank: (entry) => entry.rank,
  lastmodifiedtime: (entry) => entry.document.modified,
  write: (entry) => entry.document.modified,
  created: (entry) => entry.document.created,
  size: (entry) => entry.document.size,
  title: (entry) => documentTitle(entry.document),
  filename: (entry) => entry.document.name,
  author: (entry) => entry.document.author,
  filetype: (entry) => fileExtension(entry.document.name),
  path: (entry) => entry.document.serverRelativeUrl
};

/** Rank first (newest first among equals), or the request's sort list; ties in URL order so pages are stable. */
function sorted(ranked: RankedDocument[], request: SearchRequest): RankedDocument[] {
  const terms = request.sortList
    .map((term) => ({ value: SORTABLE[term.property.toLowerCase()], descending: term.descending }))
    .filter((term) => term.value !== undefined);
  const order =
    terms.length > 0
      ? terms
      : [
          { value: SORTABLE.rank, descending: true },
          { value: SORTABLE.write, descending: true }
        ];
  return ranked.sort((a, b) => {
    for (const term of order) {
      const [left, right] = [term.value(a), term.value(b)];
      const compared =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : DUTCH_COLLATOR.compare(String(left), String(right));
      if (compared !== 0) return term.descending ? -compared : compared;
    }
    return a.document.serverRelativeUrl < b.document.serverRelativeUrl ? -1 : 1;
  });
}

/** A document's values for refiners and refinement filters. */
function refinable(entry: RankedDocument, origin: string): RefinableItem {
  const extension = fileExtension(entry.document.name);
  return {
    values: new Map([
      ['filetype', [extension]],
      ['fileextension', [extension]],
      ['author', entry.document.author ? [entry.document.author] : []],
      ['sitename', [`${origin}${entry.site.path}`]],
      ['sitetitle', [entry.site.title]],
      ['contentclass', [isPage(entry.document) ? 'STS_ListItem_WebPageLibrary' : 'STS_ListItem_DocumentLibrary']],
      ['isdocument', [isPage(entry.document) ? 'false' : 'true']]
    ])
  };
}

function matchingDocuments(
  store: SharePointStore,
  node: KqlNode | undefined,
  terms: readonly QueryTerm[],
  user: SignedInUser | undefined
): RankedDocument[] {
  if (!node) {
    return [];
  }
  const siteOf = siteFactsFor(store, user);
  return store.documents
    .matching(documentCondition(node))
    .map((document) => ({ document, site: siteOf(document), rank: relevance(document, terms) }))
    .filter((entry) => entry.site.readable);
}

/** Runs a search over the default result source (Local SharePoint Results): the files of every site's libraries. */
export function runDocumentSearch(
  store: SharePointStore,
  request: SearchRequest,
  context: { origin: string; user: SignedInUser | undefined }
): SearchOutcome {
  const started = process.hrtime.bigint();
  const filters = request.refinementFilters.map(parseRefinementFilter);
  const refinables = new Map<RankedDocument, RefinableItem>();
  const refinableOf = (entry: RankedDocument): RefinableItem => {
    let item = refinables.get(entry);
    if (!item) refinables.set(entry, (item = refinable(entry, context.origin)));
    return item;
  };
  const node = parseKql(request.queryText);
  const terms = positiveTerms(node);
  const matches = matchingDocuments(store, node, terms, context.user).filter((entry) =>
    filters.every((filter) => matchesRefinementFilter(refinableOf(entry), filter))
  );
  const ranked = sorted(matches, request);
  const properties = cellProperties(request.selectProperties, DEFAULT_DOCUMENT_PROPERTIES);
  const rows = ranked
    .slice(request.startRow, request.startRow + request.rowLimit)
    .map((entry) =>
      properties.map((property) =>
        documentCell(entry.document, property, { origin: context.origin, rank: entry.rank, terms, site: entry.site })
      )
    );
  const refiners = request.refiners.length > 0 ? computeRefiners(ranked.map(refinableOf), request.refiners) : undefined;
  const elapsedMs = Number((process.hrtime.bigint() - started) / BigInt(1_000_000));
  return { request, rows, totalRows: ranked.length, refiners, elapsedMs, queryId: randomUUID() };
}
