import type { KqlNode, KqlText } from './kqlParser';
import { normaliseWords, propertyWords, type PersonDocument } from './peopleIndex';

/** Managed properties free text searches, with the weight a hit in each adds to the rank. */
export const FREE_TEXT_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['preferredname', 12],
  ['firstname', 6],
  ['lastname', 6],
  ['jobtitle', 5],
  ['skills', 6],
  ['responsibilities', 6],
  ['interests', 4],
  ['department', 3],
  ['aboutme', 1.5]
]);

/** Property restrictions people search accepts (lower case) and the managed property each reads. */
const RESTRICTABLE: ReadonlySet<string> = new Set([
  'skills',
  'interests',
  'responsibilities',
  'department',
  'jobtitle',
  'officenumber',
  'preferredname',
  'firstname',
  'lastname',
  'aboutme',
  'pastprojects',
  'schools',
  'workemail',
  'accountname',
  'username',
  'aadobjectid',
  'workphone',
  'mobilephone',
  'sipaddress'
]);

const RESTRICTION_WEIGHT = 8;

export interface MatchResult {
  matched: boolean;
  score: number;
}

const NO_MATCH: MatchResult = { matched: false, score: 0 };

/** Whether the query words occur as consecutive words of a value, the last one as a prefix when asked. */
function containsWords(valueWords: readonly string[], queryWords: readonly string[], prefix: boolean): boolean {
  if (queryWords.length === 0 || queryWords.length > valueWords.length) {
    return false;
  }
  for (let start = 0; start + queryWords.length <= valueWords.length; start += 1) {
    let all = true;
    for (let offset = 0; offset < queryWords.length; offset += 1) {
      const word = valueWords[start + offset];
      const wanted = queryWords[offset];
      const last = offset === queryWords.length - 1;
      if (!(word === wanted || (last && prefix && word.startsWith(wanted)))) {
        all = false;
        break;
      }
    }
    if (all) {
      return true;
    }
  }
  return false;
}

function equalsWords(valueWords: readonly string[], queryWords: readonly string[], prefix: boolean): boolean {
  if (prefix) {
    return (
      containsWords(valueWords.slice(0, queryWords.length), queryWords, true) && queryWords.length <= valueWords.length
    );
  }
  return valueWords.length === queryWords.length && valueWords.every((word, index) => word === queryWords[index]);
}

function matchProperty(
  document: PersonDocument,
  property: string,
  queryWords: readonly string[],
  prefix: boolean,
  exact: boolean
): number {
  const values = propertyWords(document, property);
  let hits = 0;
  for (const valueWords of values) {
    if (exact ? equalsWords(valueWords, queryWords, prefix) : containsWords(valueWords, queryWords, prefix)) {
      // A value that is exactly the query (a skill named "Python") counts more than one that contains it.
      hits += equalsWords(valueWords, queryWords, false) ? 1.5 : 1;
    }
  }
  return hits;
}

const freeTextWordSets = new WeakMap<PersonDocument, ReadonlySet<string>>();

/** Every word of a person's free-text properties, built on first use: lets most people be ruled out at once. */
function freeTextWords(document: PersonDocument): ReadonlySet<string> {
  let words = freeTextWordSets.get(document);
  if (!words) {
    const all = new Set<string>();
    for (const property of FREE_TEXT_WEIGHTS.keys()) {
      for (const valueWords of propertyWords(document, property)) {
        for (const word of valueWords) {
          all.add(word);
        }
      }
    }
    words = all;
    freeTextWordSets.set(document, words);
  }
  return words;
}

/** A query compiled once: words normalised up front, so matching a person does no string work on the query. */
export type PersonMatcher = (document: PersonDocument) => MatchResult;

function compileText(text: KqlText): { words: string[]; prefix: boolean } {
  return { words: normaliseWords(text.text), prefix: text.prefix };
}

function compileTerm(node: Extract<KqlNode, { kind: 'term' }>): PersonMatcher {
  const { words, prefix } = compileText(node);
  const single = words.length === 1 && !prefix ? words[0] : undefined;
  return (document) => {
    if (single !== undefined && !freeTextWords(document).has(single)) {
      return NO_MATCH;
    }
    let score = 0;
    for (const [property, weight] of FREE_TEXT_WEIGHTS) {
      score += matchProperty(document, property, words, prefix, false) * weight;
    }
    return score > 0 ? { matched: true, score } : NO_MATCH;
  };
}

function compileRestriction(node: Extract<KqlNode, { kind: 'property' }>): PersonMatcher {
  const property = node.property.toLowerCase();
  if (!RESTRICTABLE.has(property)) {
    return () => NO_MATCH;
  }
  const { words, prefix } = compileText(node);
  const exact = node.operator !== ':';
  const negated = node.operator === '<>';
  return (document) => {
    const hits = matchProperty(document, property, words, prefix, exact);
    if (negated) {
      return hits > 0 ? NO_MATCH : { matched: true, score: 0 };
    }
    return hits > 0 ? { matched: true, score: hits * RESTRICTION_WEIGHT } : NO_MATCH;
  };
}

function compileEvery(operands: readonly PersonMatcher[]): PersonMatcher {
  return (document) => {
    let score = 0;
    for (const operand of operands) {
      const result = operand(document);
      if (!result.matched) {
        return NO_MATCH;
      }
      score += result.score;
    }
    return { matched: true, score };
  };
}

function compileAny(operands: readonly PersonMatcher[]): PersonMatcher {
  return (document) => {
    let score = 0;
    let matched = false;
    for (const operand of operands) {
      const result = operand(document);
      if (result.matched) {
        matched = true;
        score += result.score;
      }
    }
    return matched ? { matched, score } : NO_MATCH;
  };
}

/** Turns a parsed KQL query into a function that says whether a person matches and how relevant they are. */
export function compileKql(node: KqlNode): PersonMatcher {
  switch (node.kind) {
    case 'all':
      return () => ({ matched: true, score: 0 });
    case 'term':
      return compileTerm(node);
    case 'property':
      return compileRestriction(node);
    case 'not': {
      const operand = compileKql(node.operand);
      return (document) => (operand(document).matched ? NO_MATCH : { matched: true, score: 0 });
    }
    case 'and':
      return compileEvery(node.operands.map(compileKql));
    default:
      return compileAny(node.operands.map(compileKql));
  }
}

export interface RankedPerson {
  document: PersonDocument;
  rank: number;
}

/** Every matching person, most relevant first; ties in name order so pages are stable. */
export function rankPeople(documents: readonly PersonDocument[], node: KqlNode | undefined): RankedPerson[] {
  if (!node) {
    return [];
  }
  const matcher = compileKql(node);
  const ranked: RankedPerson[] = [];
  for (const document of documents) {
    const result = matcher(document);
    if (result.matched) {
      ranked.push({ document, rank: result.score });
    }
  }
  const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return ranked.sort(
    (a, b) =>
      b.rank - a.rank ||
      byCodeUnit(a.document.sortName, b.document.sortName) ||
      byCodeUnit(a.document.id, b.document.id)
  );
}
