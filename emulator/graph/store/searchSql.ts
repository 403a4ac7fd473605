import { badRequest } from '../../shared/http/errors';

/**
 * Graph's directory `$search`: quoted `"property:words"` clauses joined by AND/OR. A clause matches when every word is
 * the start of a word in the property (Graph tokenises names on spaces, dots, hyphens and camel case).
 */
export interface SqlSearch {
  sql: string;
  params: string[];
}

const MAX_SEARCH_LENGTH = 1000;

function wordPrefixCondition(column: string): string {
  return `(' ' || replace(replace(replace(lower(${column}), '.', ' '), '-', ' '), '@', ' ')) LIKE ? ESCAPE '\\'`;
}

export function searchToSql(raw: string, columns: Readonly<Record<string, string>>, entity: string): SqlSearch {
  if (raw.length > MAX_SEARCH_LENGTH) {
    throw badRequest('The $search expression is too long.');
  }
  const pattern = /\s*"([^"]*)"\s*(?:(AND|OR)\b|$)/giy;
  const parts: string[] = [];
  const params: string[] = [];
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(raw)) !== null) {
    consumed = pattern.lastIndex;
    const clause = match[1];
    const separator = clause.indexOf(':');
    if (separator <= 0) {
      throw badRequest(`Invalid $search clause '${clause}': use "property:value".`, 'Request_UnsupportedQuery');
    }
    const property = clause.slice(0, separator).trim();
    const column = columns[property.toLowerCase()];
    if (!column) {
      throw badRequest(
        `Unsupported or invalid query search clause specified for property '${property}' of resource '${entity}'.`,
        'Request_UnsupportedQuery'
      );
    }
    const words = clause
      .slice(separator + 1)
      .toLowerCase()
      .split(/[\s.\-@]+/)
      .filter((word) => word !== '');
    const conditions = words.map((word) => {
      params.push(`% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      return wordPrefixCondition(column);
    });
    parts.push(conditions.length > 0 ? `(${conditions.join(' AND ')})` : '(1)');
    if (match[2]) {
      parts.push(match[2].toUpperCase());
    } else {
      break;
    }
  }
  if (
    parts.length === 0 ||
    consumed !== raw.length ||
    parts[parts.length - 1] === 'AND' ||
    parts[parts.length - 1] === 'OR'
  ) {
    throw badRequest(
      `Syntax error: invalid $search expression '${raw}'. Enclose each clause in double quotes, e.g. "displayName:anne".`
    );
  }
  return { sql: `(${parts.join(' ')})`, params };
}
