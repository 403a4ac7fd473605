import { KqlSyntaxError } from './kqlParser';
import { DUTCH_COLLATOR } from './peopleIndex';

/** A search result as refiners see it: managed property values by lower-case name (a person, a document). */
export interface RefinableItem {
  values: ReadonlyMap<string, readonly string[]>;
}

export interface RefinerEntry {
  name: string;
  count: number;
  token: string;
}

export interface Refiner {
  name: string;
  entries: RefinerEntry[];
}

/** How many entries a refiner returns when the request does not say. */
export const DEFAULT_REFINER_ENTRIES = 100;

/** SharePoint's refinement token for a string value: "ǂǂ" and the UTF-8 bytes in hex, in double quotes. */
export function refinementToken(value: string): string {
  return `"ǂǂ${Buffer.from(value, 'utf8').toString('hex')}"`;
}

/** Counts each value of each refiner property over all matching results (not only the returned page). */
export function computeRefiners(documents: readonly RefinableItem[], names: readonly string[]): Refiner[] {
  return names.map((name) => {
    const property = name.toLowerCase();
    const counts = new Map<string, { label: string; count: number }>();
    for (const document of documents) {
      const seen = new Set<string>();
      for (const value of document.values.get(property) ?? []) {
        const key = value.toLocaleLowerCase('nl');
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key);
        if (entry) entry.count += 1;
        else counts.set(key, { label: value, count: 1 });
      }
    }
    const entries = [...counts.values()]
      .sort((a, b) => b.count - a.count || DUTCH_COLLATOR.compare(a.label, b.label))
      .slice(0, DEFAULT_REFINER_ENTRIES)
      .map(({ label, count }) => ({ name: label, count, token: refinementToken(label) }));
    return { name, entries };
  });
}

type RefinementFilter =
  { kind: 'value'; property: string; value: string } | { kind: 'and' | 'or'; operands: RefinementFilter[] };

function decodeToken(raw: string): string {
  const hex = /^ǂǂ([0-9a-f]*)$/i.exec(raw);
  return hex ? Buffer.from(hex[1], 'hex').toString('utf8') : raw;
}

/** Parses one refinement filter in the FQL SharePoint refiners produce: `Department:"ǂǂ…"`, `Skills:equals("Python")`, `and(…)`, `or(…)`. */
export function parseRefinementFilter(source: string): RefinementFilter {
  let position = 0;
  const fail = (): never => {
    throw new KqlSyntaxError(`The refinement filter '${source}' is not valid.`);
  };
  const skipSpaces = (): void => {
    while (source[position] === ' ') position += 1;
  };
  const quoted = (): string => {
    if (source[position] !== '"') fail();
    const end = source.indexOf('"', position + 1);
    if (end < 0) fail();
    const text = source.slice(position + 1, end);
    position = end + 1;
    return text;
  };
  const parse = (depth: number): RefinementFilter => {
    if (depth > 32) fail();
    skipSpaces();
    const name = /^[A-Za-z][\w-]*/.exec(source.slice(position))?.[0];
    if (!name) fail();
    position += (name as string).length;
    if ((name === 'and' || name === 'or') && source[position] === '(') {
      position += 1;
      const operands = [parse(depth + 1)];
      skipSpaces();
      while (source[position] === ',') {
        position += 1;
        operands.push(parse(depth + 1));
        skipSpaces();
      }
      if (source[position] !== ')') fail();
      position += 1;
      return { kind: name, operands };
    }
    if (source[position] !== ':') fail();
    position += 1;
    if (source.startsWith('equals(', position)) {
      position += 'equals('.length;
      const value = quoted();
      if (source[position] !== ')') fail();
      position += 1;
      return { kind: 'value', property: (name as string).toLowerCase(), value };
    }
    return { kind: 'value', property: (name as string).toLowerCase(), value: decodeToken(quoted()) };
  };
  const filter = parse(0);
  skipSpaces();
  if (position !== source.length) fail();
  return filter;
}

export function matchesRefinementFilter(document: RefinableItem, filter: RefinementFilter): boolean {
  if (filter.kind !== 'value') {
    return filter.kind === 'and'
      ? filter.operands.every((operand) => matchesRefinementFilter(document, operand))
      : filter.operands.some((operand) => matchesRefinementFilter(document, operand));
  }
  const wanted = filter.value.toLocaleLowerCase('nl');
  return (document.values.get(filter.property) ?? []).some((value) => value.toLocaleLowerCase('nl') === wanted);
}
