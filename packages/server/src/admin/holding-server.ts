import { join } from 'node:path';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { createPgliteDatabase } from '../db/pglite.js';
import { migrate } from '../features.js';
import { loadOperatorToken } from '../operations/operator.js';
import { writeServerAddress } from './running-server.js';

/** What the holding server prints once it listens (tests: the line after it is its address). */
export const HOLDING_SERVER_READY = 'czp-holding-server-ready';

/**
 * Tests only: a portal server as start.ts runs it on an embedded data folder (locked for its process, the operator
 * token of the folder, the operator publishers API), listening on a free port of 127.0.0.1. Run in another process.
 */
export async function startHoldingServer(dataDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const db = await createPgliteDatabase(join(dataDir, 'db'));
  await migrate(db);
  const operator = await loadOperatorToken(dataDir);
  const app = await buildApp({
    db,
    store: new FileBundleStore(join(dataDir, 'remotes')),
    version: '0.0.0-test',
    sessionSecret: 'x'.repeat(32),
    operatorToken: operator.token,
  });
  const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  await writeServerAddress(dataDir, url);
  return {
    url,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
