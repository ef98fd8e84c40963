import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { createTestDatabase } from '../test/test-database.js';

/** The machine's Redis (REDIS_URL, default 127.0.0.1:6379), when one answers. */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(500);
    socket
      .once('connect', () => {
        socket.destroy();
        resolve(true);
      })
      .once('error', () => resolve(false))
      .once('timeout', () => resolve(false));
    socket.connect(Number(port || 6379), hostname);
  });
}

const available = await redisAnswers(REDIS_URL);
if (!available) console.warn(`Skipping the shared rate limit test: no Redis at ${REDIS_URL} (set REDIS_URL).`);

describe.runIf(available)('rate limits in Redis', () => {
  let db: Database;
  let dir: string;
  const clients: Redis[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'czp-rate-'));
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('are one counter for two portal processes', async () => {
    // Each test run counts under its own prefix: nothing else on the machine's Redis is touched or counted.
    const keyPrefix = `czp-test-${randomBytes(6).toString('hex')}:`;
    const apps = await Promise.all(
      [0, 1].map(async () => {
        const redis = new Redis(REDIS_URL, { keyPrefix, maxRetriesPerRequest: 1 });
        clients.push(redis);
        return buildApp({
          db,
          store: new FileBundleStore(join(dir, 'remotes')),
          version: 'test',
          rateLimitRedis: redis,
          remoteFailuresRateLimit: { max: 4, timeWindow: '1 minute' },
        });
      }),
    );
    try {
      const report = (index: number) =>
        apps[index % 2]?.inject({
          method: 'POST',
          url: '/api/remote-failures',
          payload: { serviceId: 'nope', reason: 'load', message: 'x', page: '/services/nope' },
        });
      const statuses: number[] = [];
      for (let index = 0; index < 6; index += 1) statuses.push((await report(index))?.statusCode ?? 0);
      // Four answered (refused for other reasons: no CSRF token) across both processes, then both say 429: one limit.
      expect(statuses.map((status) => status === 429)).toEqual([false, false, false, false, true, true]);
    } finally {
      for (const app of apps) await app.close();
    }
  });
});
