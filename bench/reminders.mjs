// node bench/reminders.mjs: reminder throughput for BENCH_CITIZENS citizens (default 10,000). The server's own
// modules (the calendar's scheduling, the job queue, the notification service) run through Vite's module runner on a
// fresh embedded database (PGlite), and on PostgreSQL when it answers (BENCH_POSTGRES_URL, default
// postgres://postgres@127.0.0.1:5432/postgres; a database czp_bench_<random>, dropped at the end). Each citizen has
// an identity card expiring in 20 days and reminders on (30, 7 and 0 days before): scheduling is timed, then a second
// scheduling (another replica, the next day's refresh) must add nothing, then the queue runs the reminders with a
// clock moved to each reminder's hour. It counts the notifications: exactly one per citizen and reminder day.
// Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 10_000);
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const load = async (path) =>
  (await runnerImport(join(root, 'packages/server/src', path), { configFile: false, logLevel: 'error' })).module;

const [{ openDatabase }, { migrate }, store, reminders, queue, notifications] = await Promise.all([
  load('db/index.ts'),
  load('features.ts'),
  load('calendar/store.ts'),
  load('calendar/reminders.ts'),
  load('jobs/queue.ts'),
  load('notifications/notify.ts'),
]);

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (date) => date.toISOString().slice(0, 10);
const silent = { info() {}, warn() {}, error() {}, debug() {}, child: () => silent };

async function run(label, options) {
  const db = await openDatabase(options);
  try {
    await migrate(db);
    const start = new Date('2026-12-03T07:00:00Z');
    const expiry = isoDay(new Date(start.getTime() + 20 * DAY));

    // 10,000 citizens with consent, an identity card expiring in 20 days, reminders on.
    let made = performance.now();
    const ids = [];
    for (let from = 0; from < CITIZENS; from += 500) {
      const batch = await db.query(
        `insert into persons (issuer, subject, name, consent)
         select 'bench', 'citizen-' || n, 'Občan ' || n, 'given' from generate_series($1::int, $2::int) n
         returning id`,
        [from, Math.min(from + 499, CITIZENS - 1)],
      );
      ids.push(...batch.map((row) => row.id));
    }
    await db.transaction(async (tx) => {
      for (const id of ids) {
        await store.storeDocuments(
          tx,
          id,
          ['residents'],
          [
            {
              ref: 'residents:id-card',
              number: '204518736',
              title: { cs: 'Občanský průkaz', en: 'Identity card' },
              day: expiry,
            },
          ],
          start,
        );
        await store.writeSettings(tx, id, { enabled: true, offsets: [30, 7, 0] });
      }
    });
    made = (performance.now() - made) / 1000;

    let scheduled = performance.now();
    let added = 0;
    for (const id of ids) added += await db.transaction((tx) => reminders.scheduleReminders(tx, id, start));
    scheduled = (performance.now() - scheduled) / 1000;
    let again = 0;
    for (const id of ids.slice(0, 1000))
      again += await db.transaction((tx) => reminders.scheduleReminders(tx, id, start));

    // The queue with a clock past the last reminder (the card's day at 08:00 Prague): every reminder is due.
    const clock = new Date(`${expiry}T12:00:00Z`);
    const jobs = queue.createJobQueue({ db, log: silent, now: () => clock, concurrency: 4, pollIntervalMs: 50 });
    jobs.handle(reminders.calendarReminder, reminders.reminderHandler(notifications.notify));
    let sent = performance.now();
    await jobs.drain();
    sent = (performance.now() - sent) / 1000;
    await jobs.stop();

    const [counts] = await db.query(
      `select count(*)::int as notifications, count(distinct key)::int as keys,
              count(distinct person_id)::int as people from notifications`,
    );
    const [pending] = await db.query(
      "select count(*)::int as n from jobs where kind = 'calendar.reminder' and done_at is null",
    );
    console.log(
      `${label.padEnd(11)} ${CITIZENS} citizens made in ${made.toFixed(1)} s; scheduled ${added} reminders in ${scheduled.toFixed(1)} s ` +
        `(${(added / scheduled).toFixed(0)}/s); scheduled again for 1,000: ${again} added`,
    );
    console.log(
      `${''.padEnd(11)} sent ${counts.notifications} reminders in ${sent.toFixed(1)} s (${(counts.notifications / sent).toFixed(0)}/s) ` +
        `to ${counts.people} citizens; ${counts.notifications - counts.keys} doubled, ${pending.n} left`,
    );
  } finally {
    await db.close();
  }
}

console.log(`\n== Reminders for ${CITIZENS.toLocaleString('en')} citizens (an identity card expiring in 20 days) ==`);
const dataDir = mkdtempSync(join(tmpdir(), 'czp-bench-reminders-'));
try {
  await run('PGlite', { dataDir });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const admin = new pg.Client({ connectionString: ADMIN_URL });
const dbName = `czp_bench_${randomBytes(4).toString('hex')}`;
let postgres = false;
try {
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  postgres = true;
} catch (error) {
  console.log(`PostgreSQL  skipped (${ADMIN_URL} does not answer: ${error.message})`);
}
if (postgres) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  try {
    await run('PostgreSQL', { databaseUrl: url.href, dataDir: tmpdir() });
  } finally {
    await admin.query(`drop database if exists ${dbName} with (force)`);
  }
}
await admin.end().catch(() => {});
