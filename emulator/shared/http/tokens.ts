import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import type { Database } from '../store/database';
import { readMeta, writeMeta } from '../store/meta';

const LIFETIME_SECONDS = 24 * 3600;

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** The key tokens are signed with: kept in the database so tokens survive restarts and resets. */
export function tokenSecret(db: Database): string {
  const existing = readMeta(db, 'tokenSecret');
  if (existing) {
    return existing;
  }
  const secret = randomBytes(32).toString('hex');
  writeMeta(db, 'tokenSecret', secret);
  return secret;
}

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** A JWT (HS256) shaped like an Entra access token for Graph, naming the user in `oid`. */
export function issueToken(
  secret: string,
  user: { id: string; userPrincipalName: string; displayName: string },
  tenantId: string
): IssuedToken {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${tenantId}/`,
      iat: now,
      nbf: now,
      exp: now + LIFETIME_SECONDS,
      oid: user.id,
      upn: user.userPrincipalName,
      name: user.displayName,
      tid: tenantId,
      scp: 'User.Read.All User.ReadWrite Presence.Read.All GroupMember.ReadWrite.All Team.ReadBasic.All Channel.ReadBasic.All ChannelMessage.Read.All ChannelMessage.Send'
    })
  );
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return { access_token: `${header}.${payload}.${signature}`, token_type: 'Bearer', expires_in: LIFETIME_SECONDS };
}

export type TokenCheck = { ok: true; userId: string } | { ok: false; reason: string };

export function verifyToken(secret: string, token: string): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return { ok: false, reason: 'IDX14100: JWT is not well formed, there are no dots (.).' };
  }
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'Invalid signature.' };
  }
  let claims: { exp?: unknown; oid?: unknown };
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { exp?: unknown; oid?: unknown };
  } catch {
    return { ok: false, reason: 'Invalid token payload.' };
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) {
    return { ok: false, reason: 'Lifetime validation failed, the token is expired.' };
  }
  if (typeof claims.oid !== 'string') {
    return { ok: false, reason: 'The token names no user.' };
  }
  return { ok: true, userId: claims.oid };
}

/** Verifies tokens, remembering valid ones until they expire (a client sends the same token many times). */
export class TokenVerifier {
  private readonly valid = new Map<string, { userId: string; expires: number }>();

  public constructor(private readonly secret: string) {}

  public verify(token: string): TokenCheck {
    const known = this.valid.get(token);
    if (known && known.expires > Date.now()) {
      return { ok: true, userId: known.userId };
    }
    const check = verifyToken(this.secret, token);
    if (check.ok) {
      if (this.valid.size >= 10_000) {
        this.valid.clear();
      }
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp: number };
      this.valid.set(token, { userId: check.userId, expires: claims.exp * 1000 });
    }
    return check;
  }
}
