import type { LevelOfAssurance } from '@czp/contract';
import * as oidc from 'openid-client';
import type { Queryable } from '../db/database.js';
import { hashId, isOpaqueId, newOpaqueId } from './tokens.js';

/** A login on its way to the identity provider and back. Lives in the database so any replica can finish it. */
export interface LoginTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  level: LevelOfAssurance | null;
}

export const LOGIN_TRANSACTION_TTL_MS = 10 * 60 * 1000;

export async function beginLoginTransaction(
  db: Queryable,
  input: { returnTo: string; level: LevelOfAssurance | null },
  now: Date,
): Promise<{ id: string; transaction: LoginTransaction }> {
  const id = newOpaqueId();
  const transaction: LoginTransaction = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
    returnTo: input.returnTo,
    level: input.level,
  };
  // Old, abandoned logins go as new ones come.
  await db.query('delete from login_transactions where expires_at < $1', [now]);
  await db.query(
    `insert into login_transactions (id_hash, state, nonce, code_verifier, return_to, level, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      hashId(id),
      transaction.state,
      transaction.nonce,
      transaction.codeVerifier,
      transaction.returnTo,
      transaction.level,
      new Date(now.getTime() + LOGIN_TRANSACTION_TTL_MS),
    ],
  );
  return { id, transaction };
}

/** Takes the transaction out (it can be finished once only: a replayed callback finds nothing). */
export async function takeLoginTransaction(db: Queryable, id: unknown, now: Date): Promise<LoginTransaction | null> {
  if (!isOpaqueId(id)) return null;
  const [row] = await db.query<{
    state: string;
    nonce: string;
    code_verifier: string;
    return_to: string;
    level: LevelOfAssurance | null;
    expires_at: Date | string;
  }>('delete from login_transactions where id_hash = $1 returning *', [hashId(id)]);
  if (!row || new Date(row.expires_at).getTime() < now.getTime()) return null;
  return {
    state: row.state,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    returnTo: row.return_to,
    level: row.level,
  };
}
