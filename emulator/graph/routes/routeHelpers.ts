import type { FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, preconditionFailed, resourceNotFound } from '../../shared/http/errors';
import type { UserRow } from '../../shared/store/rows';
import type { GraphStore } from '../store/graphStore';

/** The same route under `/me` and `/users/{id|userPrincipalName}`. */
export function userPaths(suffix: string): string[] {
  return [`/v1.0/me${suffix}`, `/v1.0/users/:userId${suffix}`];
}

/** The user a `/me` or `/users/{id}` route is about; 404 like Graph for unknown ids. */
export function targetUser(store: GraphStore, request: FastifyRequest): UserRow {
  const { userId } = request.params as { userId?: string };
  if (userId === undefined) {
    return request.kringUser;
  }
  const user = store.users.find(userId);
  if (!user) {
    throw resourceNotFound(userId);
  }
  return user;
}

/** Refuses system query options the route does not support, as Graph does. */
export function allowQueryOptions(request: FastifyRequest, allowed: readonly string[]): void {
  const permitted = new Set(allowed.map((name) => name.toLowerCase()));
  for (const key of Object.keys(request.query as object)) {
    const name = key.toLowerCase();
    if (name.startsWith('$') && !permitted.has(name)) {
      throw badRequest(
        `Query option '${key}' is not allowed. Make sure that the query option is supported for this request.`
      );
    }
  }
}

export function hasEventualConsistency(request: FastifyRequest): boolean {
  const header = request.headers.consistencylevel;
  return typeof header === 'string' && header.trim().toLowerCase() === 'eventual';
}

/** 412 when `If-Match` names another version; `*` matches any. */
export function checkIfMatch(request: FastifyRequest, currentEtag: string): void {
  const header = request.headers['if-match'];
  if (header === undefined) {
    return;
  }
  const candidates = String(header)
    .split(',')
    .map((value) => value.trim());
  const bare = (value: string): string => value.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  if (!candidates.some((value) => value === '*' || bare(value) === bare(currentEtag))) {
    throw preconditionFailed();
  }
}

export function sendEntity(reply: FastifyReply, body: Record<string, unknown>, etag?: string): FastifyReply {
  if (etag) {
    reply.header('ETag', etag);
  }
  return reply.code(200).send(body);
}

/** A JSON object body, or 400 as Graph answers for anything else. */
export function jsonObjectBody(request: FastifyRequest): Record<string, unknown> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'
    );
  }
  return body as Record<string, unknown>;
}
