/**
 * A test's child process (see replies.test.ts): a whole portal on the test's database whose citizen sends messages
 * while the automatic replies run; the KILL_AT-th reply kills the process with SIGKILL inside its job's transaction,
 * after the delivery confirmation was written, as a crash or `kill -9` does mid-burst. Every message acknowledged
 * (201) is printed at once, synchronously, so the test knows what the portal promised before it died.
 */
import { writeSync } from 'node:fs';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { createPgliteDatabase } from '../db/pglite.js';
import { createPostgresDatabase } from '../db/postgres.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { type Authorities, type AutomaticResponder, portalAuthorities } from './authorities.js';
import { signInCitizen } from './test-citizen.js';

const env = process.env;
const killAt = Number(env.CZP_CRASH_KILL_AT);
const messages = Number(env.CZP_CRASH_MESSAGES);
let db: Database;
if (env.CZP_CRASH_DATABASE_URL && env.CZP_CRASH_SCHEMA) {
  db = await createPostgresDatabase(env.CZP_CRASH_DATABASE_URL, { schema: env.CZP_CRASH_SCHEMA, max: 4 });
} else if (env.CZP_CRASH_PGLITE_DIR) {
  db = await createPgliteDatabase(env.CZP_CRASH_PGLITE_DIR);
} else {
  throw new Error('CZP_CRASH_DATABASE_URL and CZP_CRASH_SCHEMA, or CZP_CRASH_PGLITE_DIR, are required');
}

let replies = 0;
const killer: AutomaticResponder = {
  async reply() {
    replies += 1;
    if (replies === killAt) process.kill(process.pid, 'SIGKILL');
    return null;
  },
};
const authorities: Authorities = {
  fixedBoxes: portalAuthorities.fixedBoxes,
  respondersOf: (box) => [...portalAuthorities.respondersOf(box), killer],
};
const app = await buildApp({
  db,
  store: new FileBundleStore(env.CZP_CRASH_BUNDLES ?? '.'),
  version: '1.0.0',
  sessionSecret: 'c'.repeat(32),
  identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák' }),
  authorities,
  jobs: { pollIntervalMs: 20 },
});
const jan = await signInCitizen(app, 'jan');
for (let n = 0; n < messages; n += 1) {
  const sent = await jan.send({ recipient: 'mesto-telc', subject: `Zpráva ${n}`, idempotencyKey: `crash-${n}` });
  if (sent.status === 201) writeSync(1, `${sent.body.id}\n`);
}
// Every message acknowledged: the replies still due kill the process before it could end on its own.
await app.jobs.drain();
writeSync(2, `the process was not killed: ${replies} replies\n`);
