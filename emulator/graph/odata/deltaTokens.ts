import { badRequest } from '../../shared/http/errors';

/** What a delta round keeps between its pages; Graph encodes the initial query options in its state tokens too. */
export interface DeltaRound {
  /** Chains changed after this time, or null for a full synchronisation. */
  since: string | null;
  /** The oldest root message the round covers (the eight-month window). */
  windowStart: string;
  /** When the round began: the next round asks for changes after it. */
  roundStart: string;
  top: number;
  expand: boolean;
  afterCreated: string | null;
  afterId: string | null;
}

/** What a delta link keeps for the next round. */
export interface DeltaLinkState {
  since: string;
  top: number;
  expand: boolean;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(raw: string, name: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // refused below
  }
  throw invalidToken(name);
}

function invalidToken(name: string): Error {
  return badRequest(`The ${name} value is not valid. Use the @odata.nextLink or @odata.deltaLink as returned.`);
}

const isTime = (value: unknown): value is string => typeof value === 'string' && ISO_TIME.test(value);
const isTimeOrNull = (value: unknown): value is string | null => value === null || isTime(value);
const isTop = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 50;
const isIdOrNull = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && value.length <= 40);

export function encodeDeltaRound(round: DeltaRound): string {
  return encode({
    s: round.since,
    w: round.windowStart,
    r: round.roundStart,
    t: round.top,
    e: round.expand,
    c: round.afterCreated,
    i: round.afterId
  });
}

export function decodeDeltaRound(raw: string): DeltaRound {
  const { s, w, r, t, e, c, i } = decode(raw, '$skiptoken');
  if (
    !isTimeOrNull(s) ||
    !isTime(w) ||
    !isTime(r) ||
    !isTop(t) ||
    typeof e !== 'boolean' ||
    !isTimeOrNull(c) ||
    !isIdOrNull(i) ||
    (c === null) !== (i === null)
  ) {
    throw invalidToken('$skiptoken');
  }
  return { since: s, windowStart: w, roundStart: r, top: t, expand: e, afterCreated: c, afterId: i };
}

export function encodeDeltaLink(state: DeltaLinkState): string {
  return encode({ s: state.since, t: state.top, e: state.expand });
}

export function decodeDeltaLink(raw: string): DeltaLinkState {
  const { s, t, e } = decode(raw, '$deltatoken');
  if (!isTime(s) || !isTop(t) || typeof e !== 'boolean') {
    throw invalidToken('$deltatoken');
  }
  return { since: s, top: t, expand: e };
}
