import { join } from 'node:path';
import { openDatabase } from '../db/index.js';
import type { AdminIo } from './cli.js';
import { connectToHolder, readOperatorToken, serverCandidates } from './running-server.js';

interface AdminIoOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** The server's data folder (DATA_DIR, default <repo>/.data). */
  dataDir: string;
  /** The tests' fetch; the global one otherwise. */
  fetch?: typeof fetch;
}

/**
 * How czp-admin reaches the portal's database: PostgreSQL (DATABASE_URL) directly, since it serves many processes; the
 * embedded one in `<dataDir>/db` only when no other process holds it, else through the holding server's operator API.
 */
export function adminIo(options: AdminIoOptions): Pick<AdminIo, 'openDatabase' | 'describeDatabase' | 'throughServer'> {
  const { env, dataDir } = options;
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    openDatabase: () => openDatabase({ databaseUrl, dataDir }),
    describeDatabase: () =>
      databaseUrl
        ? 'Using the PostgreSQL database of DATABASE_URL.'
        : `Using the embedded database in ${join(dataDir, 'db')} (while a CzP server runs on it, through that ` +
          "server's operator API: two processes never open one embedded database).",
    throughServer: async (holder, explicitUrl) =>
      connectToHolder(
        holder,
        await serverCandidates(env, dataDir, holder, explicitUrl),
        await readOperatorToken(env, dataDir),
        options.fetch,
      ),
  };
}
