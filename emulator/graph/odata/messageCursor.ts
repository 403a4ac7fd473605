import { badRequest } from '../../shared/http/errors';

/**
 * Where a page of channel messages (or replies) continues: the list as it stood at `asOf`, after the row with sort
 * key `key` and id `id`. Everything that decides the order up to `asOf` is immutable (creation times), so the
 * pages of one listing neither skip nor repeat a thread, whatever arrives while a client pages.
 */
export interface MessageCursor {
  asOf: string;
  key: string;
  id: string;
}

/** A listing's snapshot time for its first page: a millisecond back, so nothing stored later can fall inside it. */
export function snapshotTime(now = Date.now()): string {
  return new Date(now - 1).toISOString();
}

export function encodeMessageCursor(cursor: MessageCursor): string {
  return Buffer.from(JSON.stringify({ a: cursor.asOf, k: cursor.key, i: cursor.id })).toString('base64url');
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function invalidToken(): Error {
  return badRequest('The $skiptoken value is not valid for this request. Use the @odata.nextLink as returned.');
}

export function decodeMessageCursor(raw: string): MessageCursor {
  let parsed: { a?: unknown; k?: unknown; i?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as typeof parsed;
  } catch {
    throw invalidToken();
  }
  const { a, k, i } = parsed ?? {};
  if (
    typeof a !== 'string' ||
    !ISO_TIME.test(a) ||
    typeof k !== 'string' ||
    k.length > 40 ||
    typeof i !== 'string' ||
    i.length > 40
  ) {
    throw invalidToken();
  }
  return { asOf: a, key: k, id: i };
}
