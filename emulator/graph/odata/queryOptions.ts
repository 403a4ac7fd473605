import type { FastifyRequest } from 'fastify';
import { badRequest, GraphError } from '../../shared/http/errors';

export type QueryValues = Record<string, string | string[] | undefined>;

/** One query option; OData refuses the same option twice. Names are matched case-insensitively, like Graph. */
export function queryOption(request: FastifyRequest, name: string): string | undefined {
  const query = request.query as QueryValues;
  const matches = Object.keys(query).filter(
    (key) => key.toLowerCase() === name.toLowerCase() || key.toLowerCase() === name.toLowerCase().replace(/^\$/, '')
  );
  if (matches.length === 0) {
    return undefined;
  }
  const value = query[matches[0]];
  if (matches.length > 1 || Array.isArray(value)) {
    throw badRequest(`Query option '${name}' was specified more than once, but it must be specified at most once.`);
  }
  return value;
}

/** `$select` as a list of property names checked against what the entity has. */
export function parseSelect(raw: string | undefined, entity: string, known: ReadonlySet<string>): string[] | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) {
    throw badRequest("Invalid $select: the value can't be empty.");
  }
  const byLower = new Map([...known].map((name) => [name.toLowerCase(), name]));
  return names.map((name) => {
    const property = byLower.get(name.toLowerCase());
    if (!property) {
      throw badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.${entity}'.`,
        'Request_BadRequest'
      );
    }
    return property;
  });
}

export function parseTop(raw: string | undefined, max: number, fallback: number): number {
  if (raw === undefined) {
    return fallback;
  }
  if (!/^\d+$/.test(raw.trim())) {
    throw badRequest(`Invalid value '${raw}' for $top: it must be a positive integer.`);
  }
  const value = Number(raw.trim());
  if (value < 1 || value > max) {
    throw badRequest(
      `Invalid page size specified: '${raw}'. Must be between 1 and ${max} inclusive.`,
      'Request_UnsupportedQuery'
    );
  }
  return value;
}

export function parseCount(raw: string | undefined): boolean {
  if (raw === undefined) {
    return false;
  }
  const value = raw.trim().toLowerCase();
  if (value !== 'true' && value !== 'false') {
    throw badRequest(`Invalid value '${raw}' for $count: it must be true or false.`);
  }
  return value === 'true';
}

/** `$skiptoken` values are opaque to callers; here they carry the offset of the next page. */
export function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeSkipToken(raw: string | undefined): number {
  if (raw === undefined) {
    return 0;
  }
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) {
      return parsed.o;
    }
  } catch {
    // fall through to the error below
  }
  throw new GraphError(
    400,
    'Directory_ExpiredPageToken',
    'The specified page token value has expired and can no longer be included in your request.'
  );
}

/** The absolute base of this server as the caller reached it, e.g. `http://localhost:4301`. */
export function serverBase(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? 'localhost'}`;
}

/** The same request with `$skiptoken` set to `token` (an opaque continuation). */
export function nextLinkWithToken(request: FastifyRequest, token: string): string {
  const url = new URL(request.url, serverBase(request));
  for (const key of [...url.searchParams.keys()]) {
    if (key.toLowerCase() === '$skiptoken') {
      url.searchParams.delete(key);
    }
  }
  const rest = url.searchParams.toString().replace(/%24/g, '$').replace(/%2C/g, ',');
  return `${url.origin}${url.pathname}?${rest}${rest ? '&' : ''}$skiptoken=${token}`;
}

/** The same request with `$skiptoken` for the page starting at `offset`. */
export function nextLink(request: FastifyRequest, offset: number): string {
  return nextLinkWithToken(request, encodeSkipToken(offset));
}

/** An absolute link on this server, e.g. `linkTo(request, '/v1.0/…/delta', { $deltatoken: '…' })`. */
export function linkTo(request: FastifyRequest, path: string, query: Readonly<Record<string, string>>): string {
  const search = Object.entries(query)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  return `${serverBase(request)}${path}${search ? `?${search}` : ''}`;
}

export function contextUrl(request: FastifyRequest, fragment: string): string {
  return `${serverBase(request)}/v1.0/$metadata#${fragment}`;
}

export interface Page<T> {
  items: T[];
  nextOffset?: number;
  /** An opaque continuation for `$skiptoken`, for listings not paged by offset. */
  nextToken?: string;
}

function nextLinkOf(request: FastifyRequest, page: Page<unknown>): string | undefined {
  if (page.nextToken !== undefined) {
    return nextLinkWithToken(request, page.nextToken);
  }
  return page.nextOffset === undefined ? undefined : nextLink(request, page.nextOffset);
}

export function collectionBody<T>(
  request: FastifyRequest,
  context: string,
  page: Page<T>,
  count?: number
): Record<string, unknown> {
  return {
    '@odata.context': contextUrl(request, context),
    ...(count === undefined ? {} : { '@odata.count': count }),
    ...(nextLinkOf(request, page) === undefined ? {} : { '@odata.nextLink': nextLinkOf(request, page) }),
    value: page.items
  };
}

/** Picks the selected properties (or the defaults) from a full representation. */
export function project(
  full: Record<string, unknown>,
  selected: readonly string[] | undefined,
  defaults: readonly string[]
): Record<string, unknown> {
  const names = selected ?? defaults;
  const result: Record<string, unknown> = {};
  for (const name of names) {
    result[name] = full[name] ?? null;
  }
  return result;
}
