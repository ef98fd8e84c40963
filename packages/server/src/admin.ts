#!/usr/bin/env node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAdmin } from './admin/cli.js';
import { openDatabase } from './db/index.js';
import { findRepoRoot } from './startup/paths.js';

/** The operator's command line (czp-admin): opens the server's database the way start.ts does. */
async function main(): Promise<number> {
  const here = dirname(fileURLToPath(import.meta.url));
  const repoRoot = findRepoRoot(here) ?? process.cwd();
  const dataDir = resolve(process.env.DATA_DIR ?? join(repoRoot, '.data'));
  const databaseUrl = process.env.DATABASE_URL || undefined;
  return runAdmin(process.argv.slice(2), {
    openDatabase: () => openDatabase({ databaseUrl, dataDir }),
    describeDatabase: () =>
      databaseUrl
        ? 'Using the PostgreSQL database of DATABASE_URL.'
        : `Using the embedded database in ${join(dataDir, 'db')} (refused while a CzP server runs on it: ` +
          'two processes cannot share an embedded database).',
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('czp-admin failed:', error);
    process.exit(1);
  },
);
