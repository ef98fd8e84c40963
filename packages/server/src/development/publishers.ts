import { DEVELOPMENT_TOKEN_PREFIX, hashToken } from '../catalogue/publisher-api/tokens.js';
import type { Database } from '../db/database.js';

/** The issuers of the repository's own remotes: they get a token even before their remote is built. */
const DEVELOPMENT_ISSUERS = [
  { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'The Town of Telč' }, ico: '00286711' },
  { id: 'mesto-znojmo', name: { cs: 'Město Znojmo', en: 'The Town of Znojmo' }, ico: '00293881' },
];

/** The documented development token of an issuer. Public knowledge: never valid in production. */
function developmentToken(issuerId: string): string {
  return `${DEVELOPMENT_TOKEN_PREFIX}${issuerId}`;
}

/**
 * Development only: one publishing token per known issuer, with the value `czp_dev_<issuer-id>` documented in the
 * README, stored hashed like any other. A development token that was revoked works again after a restart.
 */
export async function seedDevelopmentPublishers(db: Database, log: { info(message: string): void }): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Development publishing tokens are never created in production (NODE_ENV=production)');
  }
  const issuerIds = await db.transaction(async (tx) => {
    for (const issuer of DEVELOPMENT_ISSUERS) {
      await tx.query('insert into issuers (id, name, ico) values ($1, $2::jsonb, $3) on conflict (id) do nothing', [
        issuer.id,
        JSON.stringify(issuer.name),
        issuer.ico,
      ]);
    }
    const issuers = await tx.query<{ id: string }>('select id from issuers order by id');
    for (const { id } of issuers) {
      await tx.query(
        `insert into publisher_tokens (issuer_id, name, token_hash) values ($1, 'development', $2)
         on conflict (token_hash) do update set revoked_at = null
         where publisher_tokens.issuer_id = excluded.issuer_id`,
        [id, hashToken(developmentToken(id))],
      );
    }
    return issuers.map((issuer) => issuer.id);
  });
  for (const id of issuerIds) {
    log.info(`development publishing token for ${id}: ${developmentToken(id)}`);
  }
}
