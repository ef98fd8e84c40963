import { createHash, randomBytes } from 'node:crypto';
import type { CreatedToken as ContractCreatedToken, TokenInfo } from '@czp/contract';
import type { Queryable } from '../../db/database.js';

/** The created token before the route adds its message. */
export type CreatedToken = Omit<ContractCreatedToken, 'message'>;

/** Who a request publishes as. */
export interface TokenIdentity {
  issuerId: string;
  tokenId: string;
}

type AuthenticationFailure =
  | { ok: false; code: 'token-missing'; message: string }
  | { ok: false; code: 'token-invalid'; message: string }
  | { ok: false; code: 'token-revoked'; message: string; issuerId: string; tokenId: string };

export type Authentication = ({ ok: true } & TokenIdentity) | AuthenticationFailure;

const TOKEN_PREFIX = 'czp_';
/** Development tokens have a documented value (`czp_dev_<issuer-id>`): never accepted in production. */
export const DEVELOPMENT_TOKEN_PREFIX = 'czp_dev_';
const MISSING_TOKEN_MESSAGE = 'Send your publishing token: Authorization: Bearer <token>';
const INVALID_TOKEN_MESSAGE = 'This publishing token is not valid';
const PRODUCTION_DEVELOPMENT_TOKEN_MESSAGE =
  'Development tokens (czp_dev_…) are never valid on a production portal; ask its operator for your token';

/**
 * A guessed development token: which one exists is no secret (their values are documented), so say how they come to
 * be. The issuer id is echoed only when it looks like one.
 */
function unknownDevelopmentToken(issuerId: string): string {
  const named = /^[a-z0-9][a-z0-9-]{0,62}$/.test(issuerId) ? ` for an issuer "${issuerId}"` : '';
  return (
    `This portal has no development token${named}. A development portal (pnpm start) makes czp_dev_<issuer id> for ` +
    'the issuer of each remotes/*/czp.service.json when it starts, and writes it to .data/dev-tokens/: restart it ' +
    "after adding a remote, and check the issuer's id"
  );
}

/** A new token: czp_ + 32 random bytes (base64url). */
function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Only this is stored. A token has 256 random bits, so a fast hash is enough (nothing to brute-force). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** A minute-precise UTC time a person can read in an error message. */
function readableTime(value: Date | string): string {
  return `${new Date(value).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Stores the hash of a token for an issuer; `token` defaults to a fresh random one. */
export async function createToken(
  db: Queryable,
  issuerId: string,
  name: string,
  token: string = generateToken(),
): Promise<CreatedToken> {
  const [row] = await db.query<{ id: string; created_at: Date | string }>(
    'insert into publisher_tokens (issuer_id, name, token_hash) values ($1, $2, $3) returning id, created_at',
    [issuerId, name, hashToken(token)],
  );
  if (!row) throw new Error('the token was not stored');
  return { id: row.id, name, createdAt: new Date(row.created_at).toISOString(), token };
}

/** The issuer's tokens, newest first (never their hashes). */
export async function listTokens(db: Queryable, issuerId: string): Promise<TokenInfo[]> {
  const rows = await db.query<{
    id: string;
    name: string;
    created_at: Date | string;
    last_used_at: Date | string | null;
    revoked_at: Date | string | null;
  }>(
    `select id, name, created_at, last_used_at, revoked_at from publisher_tokens
      where issuer_id = $1 order by created_at desc, id`,
    [issuerId],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  }));
}

/** Revokes one of the issuer's tokens (again is a no-op). Null when the issuer has no such token. */
export async function revokeToken(
  db: Queryable,
  issuerId: string,
  tokenId: string,
  now: Date,
): Promise<TokenInfo | null> {
  await db.query(
    'update publisher_tokens set revoked_at = $3 where id = $1 and issuer_id = $2 and revoked_at is null',
    [tokenId, issuerId, now],
  );
  return (await listTokens(db, issuerId)).find((token) => token.id === tokenId) ?? null;
}

/** Reads `Authorization: Bearer <token>` and finds the token's issuer; records when the token was last used. */
export async function authenticate(
  db: Queryable,
  authorization: string | undefined,
  now: Date = new Date(),
): Promise<Authentication> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1];
  if (!token) return { ok: false, code: 'token-missing', message: MISSING_TOKEN_MESSAGE };
  const development = token.startsWith(DEVELOPMENT_TOKEN_PREFIX);
  if (development && process.env.NODE_ENV === 'production') {
    return { ok: false, code: 'token-invalid', message: PRODUCTION_DEVELOPMENT_TOKEN_MESSAGE };
  }
  const [row] = await db.query<{ id: string; issuer_id: string; revoked_at: Date | string | null }>(
    'select id, issuer_id, revoked_at from publisher_tokens where token_hash = $1',
    [hashToken(token)],
  );
  if (!row) {
    return {
      ok: false,
      code: 'token-invalid',
      message: development
        ? unknownDevelopmentToken(token.slice(DEVELOPMENT_TOKEN_PREFIX.length))
        : INVALID_TOKEN_MESSAGE,
    };
  }
  if (row.revoked_at !== null) {
    return {
      ok: false,
      code: 'token-revoked',
      message: `This publishing token was revoked on ${readableTime(row.revoked_at)}; create a new one with \`czp tokens create\``,
      issuerId: row.issuer_id,
      tokenId: row.id,
    };
  }
  await db.query('update publisher_tokens set last_used_at = $2 where id = $1', [row.id, now]);
  return { ok: true, issuerId: row.issuer_id, tokenId: row.id };
}
