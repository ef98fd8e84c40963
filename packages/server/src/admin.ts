#!/usr/bin/env node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAdmin } from './admin/cli.js';
import { adminIo } from './admin/io.js';
import { findRepoRoot } from './startup/paths.js';

/** The operator's command line (czp-admin): the server's database as start.ts finds it, or the server holding it. */
async function main(): Promise<number> {
  const here = dirname(fileURLToPath(import.meta.url));
  const repoRoot = findRepoRoot(here) ?? process.cwd();
  const dataDir = resolve(process.env.DATA_DIR ?? join(repoRoot, '.data'));
  return runAdmin(process.argv.slice(2), {
    ...adminIo({ env: process.env, dataDir }),
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
