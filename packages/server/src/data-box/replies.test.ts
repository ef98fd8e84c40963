import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database, Queryable } from '../db/database.js';
import { createPgliteDatabase } from '../db/pglite.js';
import { createPostgresDatabase } from '../db/postgres.js';
import { migrate } from '../features.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { signInCitizen } from './test-citizen.js';

const here = dirname(fileURLToPath(import.meta.url));
const postgresUrl = process.env.CZP_TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const TELC = `insert into issuers (id, name, ico) values ('mesto-telc', '{"cs": "Město Telč", "en": "Town of Telč"}', '00286711')`;

async function portal(db: Database, options: { now?: () => Date } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'czp-replies-'));
  const app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'r'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák', eva: 'Eva Svobodová', petr: 'Petr Dvořák' }),
    jobs: { pollIntervalMs: 50, ...(options.now ? { now: options.now } : {}) },
  });
  cleanups.push(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  return app;
}

/**
 * What "every automatic reply eventually sent" means in the tables: no citizen's message left in `sent`, and each
 * sent message's conversation holds exactly one received message (the municipality's delivery confirmation).
 */
async function replyFigures(q: Queryable) {
  const [row] = await q.query<{ sent: number; stuck: number; replies: number; doubled: number; missing: number }>(
    `with sent as (select id, box_id, conversation_id, status from messages where direction = 'sent'),
          answers as (select s.id, (select count(*) from messages r where r.direction = 'received'
                        and r.box_id = s.box_id and r.conversation_id = s.conversation_id)::int as n from sent s)
     select (select count(*)::int from sent) as sent,
            (select count(*)::int from sent where status <> 'delivered') as stuck,
            (select coalesce(sum(n), 0)::int from answers) as replies,
            (select count(*)::int from answers where n > 1) as doubled,
            (select count(*)::int from answers where n = 0) as missing`,
  );
  return row;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs crashing-portal.ts in a child Node process; resolves with the ids it acknowledged and how it ended. */
async function crashingPortal(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { runnerImport } from 'vite'; await runnerImport(${JSON.stringify(join(here, 'crashing-portal.ts'))});`,
    ],
    { cwd: join(here, '..', '..'), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  return { signal, errors, acknowledged: output.split('\n').filter(Boolean) };
}

const MESSAGES = 30;
const KILL_AT = 6;

describe('automatic replies', () => {
  const variants = [
    { name: 'PGlite in a folder', run: true },
    { name: 'PostgreSQL', run: Boolean(postgresUrl) },
  ];
  for (const variant of variants) {
    it.skipIf(!variant.run)(
      `are all sent exactly once after the portal was killed with SIGKILL mid-burst (${variant.name})`,
      async () => {
        let env: Record<string, string>;
        let reopen: () => Promise<Database>;
        if (variant.name === 'PostgreSQL') {
          const db = await createTestDatabase();
          cleanups.push(() => db.close());
          await db.query(TELC);
          const [row] = await db.query<{ schema: string }>('select current_schema() as schema');
          const schema = row?.schema ?? '';
          env = { CZP_CRASH_DATABASE_URL: postgresUrl ?? '', CZP_CRASH_SCHEMA: schema };
          reopen = async () => {
            const again = await createPostgresDatabase(postgresUrl ?? '', { schema, max: 4 });
            cleanups.push(() => again.close());
            return again;
          };
        } else {
          const dir = await mkdtemp(join(tmpdir(), 'czp-replies-pglite-'));
          cleanups.push(() => rm(dir, { recursive: true, force: true }));
          const first = await createPgliteDatabase(join(dir, 'db'));
          await migrate(first);
          await first.query(TELC);
          await first.close();
          env = { CZP_CRASH_PGLITE_DIR: join(dir, 'db') };
          reopen = async () => {
            const again = await createPgliteDatabase(join(dir, 'db'));
            cleanups.push(() => again.close());
            return again;
          };
        }
        const crash = await crashingPortal({
          ...env,
          CZP_CRASH_MESSAGES: String(MESSAGES),
          CZP_CRASH_KILL_AT: String(KILL_AT),
        });
        expect(crash.signal, crash.errors).toBe('SIGKILL');
        // A reply can run before the answer of its message was printed: the KILL_AT-th one may be unacknowledged.
        expect(crash.acknowledged.length).toBeGreaterThanOrEqual(KILL_AT - 1);

        const db = await reopen();
        const before = await replyFigures(db);
        // The crash left acknowledged messages unanswered: what the restart has to make good.
        expect(before?.stuck).toBeGreaterThan(0);
        expect(before?.doubled).toBe(0);

        // The dead process's lease is past by this clock; on PostgreSQL its locks go once the server notices.
        const app = await portal(db, { now: () => new Date(Date.now() + 10 * 60_000) });
        await app.ready();
        await until(async () => {
          await app.jobs.drain();
          return (await replyFigures(db))?.stuck === 0;
        }, 20_000);
        await app.jobs.drain();

        const ids = (await db.query<{ id: string }>(`select id from messages where direction = 'sent'`)).map(
          (row) => row.id,
        );
        expect(ids).toEqual(expect.arrayContaining(crash.acknowledged));
        expect(await replyFigures(db)).toEqual({
          sent: ids.length,
          stuck: 0,
          replies: ids.length,
          doubled: 0,
          missing: 0,
        });
        // Each reply's arrival notice ran once, too.
        const notices = await db.query<{ done: number; pending: number }>(
          `select count(*) filter (where done_at is not null)::int as done,
                  count(*) filter (where done_at is null)::int as pending
           from jobs where kind = 'data-box.arrival-notice'`,
        );
        expect(notices[0]).toEqual({ done: ids.length, pending: 0 });
      },
      60_000,
    );
  }

  it.skipIf(!postgresUrl)(
    'acknowledge 200 messages exactly once with two portal processes on one PostgreSQL',
    async () => {
      const db = await createTestDatabase();
      cleanups.push(() => db.close());
      await db.query(TELC);
      const [row] = await db.query<{ schema: string }>('select current_schema() as schema');
      const second = await createPostgresDatabase(postgresUrl ?? '', { schema: row?.schema ?? '', max: 4 });
      cleanups.push(() => second.close());
      const one = await portal(db);
      const two = await portal(second);
      const citizens = [
        await signInCitizen(one, 'jan'),
        await signInCitizen(one, 'eva'),
        await signInCitizen(two, 'petr'),
        await signInCitizen(two, 'jan'),
      ];
      const statuses = await Promise.all(
        citizens.map(async (citizen, c) => {
          const got: number[] = [];
          for (let n = 0; n < 50; n += 1) {
            got.push((await citizen.send({ recipient: 'mesto-telc', subject: `Zpráva ${c}-${n}` })).status);
          }
          return got;
        }),
      );
      expect(statuses.flat().filter((status) => status === 201)).toHaveLength(200);
      await until(async () => {
        // Jobs due now: other features schedule theirs for later (the access log's daily retention, reminders).
        const [left] = await db.query<{ n: number }>(
          'select count(*)::int as n from jobs where done_at is null and (run_at is null or run_at <= now())',
        );
        return left?.n === 0 && (await replyFigures(db))?.stuck === 0;
      }, 60_000);
      expect(await replyFigures(db)).toEqual({ sent: 200, stuck: 0, replies: 200, doubled: 0, missing: 0 });
      const [jobs] = await db.query<{ done: number; retried: number; workers: number }>(
        `select count(*)::int as done, count(*) filter (where attempts <> 1)::int as retried,
                count(distinct locked_by)::int as workers
         from jobs where kind = 'data-box.message-sent'`,
      );
      expect(jobs).toMatchObject({ done: 200, retried: 0 });
    },
    120_000,
  );
});
