import { type Issuer, issuerSchema } from '@czp/contract';
import type { Database, Queryable } from '../../db/database.js';
import { Refusal } from '../../http/refusal.js';
import { type CreatedToken, createToken } from './tokens.js';

export interface CreatedIssuer {
  issuer: Issuer;
  /** false: the issuer was registered already (same IČO); its name was updated and a new token created. */
  created: boolean;
  token: CreatedToken;
}

/**
 * Registers a municipality or ministry as an issuer and creates its first publishing token. Registering it again
 * with the same IČO updates its name and creates another token; another IČO under the same id is refused.
 */
export async function createIssuer(db: Database, input: unknown, tokenName = 'initial'): Promise<CreatedIssuer> {
  const parsed = issuerSchema.safeParse(input);
  if (!parsed.success) {
    const text = parsed.error.issues
      .map((issue) => `${issue.path.map(String).join('.') || '(issuer)'}: ${issue.message}`)
      .join('; ');
    throw new Refusal(400, 'invalid-issuer', `The issuer is not valid: ${text}`);
  }
  const issuer = parsed.data;
  return db.transaction(async (tx) => {
    const [existing] = await tx.query<{ ico: string }>('select ico from issuers where id = $1 for update', [issuer.id]);
    if (existing && existing.ico !== issuer.ico) {
      throw new Refusal(
        409,
        'issuer-exists',
        `The issuer ${issuer.id} is already registered with the IČO ${existing.ico}, not ${issuer.ico}; ` +
          'choose another id, or correct the IČO',
      );
    }
    await tx.query(
      `insert into issuers (id, name, ico) values ($1, $2::jsonb, $3)
       on conflict (id) do update set name = excluded.name, updated_at = now()`,
      [issuer.id, JSON.stringify(issuer.name), issuer.ico],
    );
    const token = await createToken(tx, issuer.id, tokenName);
    return { issuer, created: !existing, token };
  });
}

/** A new token for a registered issuer. */
export async function createIssuerToken(db: Queryable, issuerId: string, name: string): Promise<CreatedToken> {
  await requireIssuer(db, issuerId);
  return createToken(db, issuerId, name);
}

export async function requireIssuer(db: Queryable, issuerId: string): Promise<void> {
  const [row] = await db.query('select 1 from issuers where id = $1', [issuerId]);
  if (!row) {
    throw new Refusal(
      404,
      'unknown-issuer',
      `There is no issuer ${issuerId}; register it first: czp-admin issuer create --id ${issuerId} ` +
        '--name-cs "…" --name-en "…" --ico <8 digits>',
    );
  }
}
