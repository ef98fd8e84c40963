import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Issuer, issuerSchema } from '@czp/contract';
import { DEVELOPMENT_TOKEN_PREFIX, hashToken } from '../catalogue/publisher-api/tokens.js';
import type { Database } from '../db/database.js';
import { findRepoRoot } from '../startup/paths.js';

/** The issuers of the repository's first remotes: they get a token even when another remotes folder is used. */
const DEVELOPMENT_ISSUERS: readonly Issuer[] = [
  { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Town of Telč' }, ico: '00286711' },
  { id: 'mesto-znojmo', name: { cs: 'Město Znojmo', en: 'Town of Znojmo' }, ico: '00293881' },
];

/** Where each token is written, readable by its owner only: `<dataDir>/dev-tokens/<issuer-id>.token`. */
const DEV_TOKENS_FOLDER = 'dev-tokens';

interface DevelopmentPublisherOptions {
  /** The local remotes: the issuer of each `<remotesDir>/<dir>/czp.service.json` is registered, built or not. */
  remotesDir: string;
  /** The portal's data folder: the tokens are written under `<dataDir>/dev-tokens/`. */
  dataDir: string;
}

interface DevelopmentToken {
  issuerId: string;
  token: string;
  file: string;
  /** First time for this data folder: the token was printed in full (later starts only name the folder). */
  isNew: boolean;
}

interface Log {
  info(message: string): void;
  warn?(message: string): void;
}

/** The documented development token of an issuer. Public knowledge: never valid in production. */
function developmentToken(issuerId: string): string {
  return `${DEVELOPMENT_TOKEN_PREFIX}${issuerId}`;
}

/** The folders start.ts uses (CZP_REMOTES_DIR, DATA_DIR, else `<repo>/remotes` and `<repo>/.data`). */
function defaultOptions(env = process.env): DevelopmentPublisherOptions {
  const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url))) ?? process.cwd();
  return {
    remotesDir: resolve(env.CZP_REMOTES_DIR ?? join(repoRoot, 'remotes')),
    dataDir: resolve(env.DATA_DIR ?? join(repoRoot, '.data')),
  };
}

/**
 * The issuers named by the local remotes' czp.service.json, whether or not the remote builds or publishes: a new
 * issuer (a freshly made remotes/kutna-hora) gets its token on the first start. A file that is not valid is left to
 * the publishing of local remotes, which says what is wrong with it.
 */
async function localIssuers(remotesDir: string, log: Log): Promise<Issuer[]> {
  const dirs = (await readdir(remotesDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const issuers: Issuer[] = [];
  for (const dir of dirs) {
    const text = await readFile(join(remotesDir, dir, 'czp.service.json'), 'utf8').catch(() => null);
    if (text === null) continue;
    let issuer: unknown;
    try {
      issuer = (JSON.parse(text) as { issuer?: unknown } | null)?.issuer;
    } catch {
      continue;
    }
    const parsed = issuerSchema.safeParse(issuer);
    if (parsed.success) issuers.push(parsed.data);
    else log.warn?.(`remotes/${dir}/czp.service.json: its issuer is not valid, so it gets no development token`);
  }
  return issuers;
}

/**
 * Development only: one publishing token per issuer (every registered one, the issuers of the local remotes, Telč and
 * Znojmo), with the value `czp_dev_<issuer-id>` documented in the README, stored hashed like any other and written
 * to `<dataDir>/dev-tokens/<issuer-id>.token`. A new token is printed in full once; a development token that was
 * revoked works again after a restart. An issuer the operator registered keeps its name and IČO.
 */
export async function seedDevelopmentPublishers(
  db: Database,
  log: Log,
  options: DevelopmentPublisherOptions = defaultOptions(),
): Promise<DevelopmentToken[]> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Development publishing tokens are never created in production (NODE_ENV=production)');
  }
  const known = [...DEVELOPMENT_ISSUERS, ...(await localIssuers(options.remotesDir, log))];
  const issuerIds = await db.transaction(async (tx) => {
    for (const issuer of known) {
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

  const folder = join(options.dataDir, DEV_TOKENS_FOLDER);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const tokens: DevelopmentToken[] = [];
  for (const issuerId of issuerIds) {
    const token = developmentToken(issuerId);
    const file = join(folder, `${issuerId}.token`);
    const written = (await readFile(file, 'utf8').catch(() => '')).trim();
    if (written !== token) await writeFile(file, `${token}\n`, { mode: 0o600 });
    tokens.push({ issuerId, token, file, isNew: written !== token });
  }
  for (const { issuerId, token, file, isNew } of tokens) {
    if (isNew) {
      log.info(
        `development publishing token for ${issuerId}: ${token} (saved in ${file}; ` +
          `use it with CZP_TOKEN=$(cat ${file}) pnpm czp publish)`,
      );
    }
  }
  const earlier = tokens.filter((entry) => !entry.isNew).map((entry) => entry.issuerId);
  if (earlier.length > 0) {
    log.info(`development publishing tokens (czp_dev_<issuer-id>) of ${earlier.join(', ')} are in ${folder}/`);
  }
  return tokens;
}
