/**
 * A test's child process (see queue.test.ts): a real queue on PostgreSQL whose handler writes its effect and then
 * kills its own process with SIGKILL, inside the job's transaction and while holding the job's lease, as a crash or
 * `kill -9` does. Before dying it prints its database backend's pid, so the test can wait for PostgreSQL to notice.
 */
import { writeSync } from 'node:fs';
import { createPostgresDatabase } from '../db/postgres.js';
import { defineJob } from './job.js';
import { createJobQueue } from './queue.js';

const url = process.env.CZP_CRASH_DATABASE_URL;
const schema = process.env.CZP_CRASH_SCHEMA;
if (!url || !schema) throw new Error('CZP_CRASH_DATABASE_URL and CZP_CRASH_SCHEMA are required');

const db = await createPostgresDatabase(url, { schema, max: 2 });
const queue = createJobQueue({
  db,
  log: console,
  leaseMs: Number(process.env.CZP_CRASH_LEASE_MS),
  workerId: 'crashing',
});
// The same kind name as the test's.
queue.handle(defineJob<{ n: number }>('test.effect'), async (job, tx) => {
  await tx.query('insert into effects (job_id, worker) values ($1, $2)', [job.id, 'crashing']);
  const [backend] = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
  // Synchronous: nothing may be left in a buffer when the process dies.
  writeSync(1, `${backend?.pid}\n`);
  process.kill(process.pid, 'SIGKILL');
});
await queue.drain();
