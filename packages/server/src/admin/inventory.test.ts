import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { createTestDatabase } from '../test/test-database.js';
import { runAdmin } from './cli.js';

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-inventory-'));
  const store = new FileBundleStore(join(dir, 'remotes'));
  await publishBundle(db, store, { metadata: serviceMetadata('telc'), version: '1.0.0', files: bundleFiles() });
  await publishBundle(db, store, {
    metadata: serviceMetadata('telc'),
    version: '1.1.0',
    files: bundleFiles('telc', '1.1.0'),
    activate: false,
  });
  await db.query(
    `insert into remote_failure_reports (service_id, version, reason, message, page, created_at) values
       ('telc', '1.0.0', 'load', 'x', '/services/telc', '2026-03-01T10:00:00Z'),
       ('telc', '1.0.0', 'load', 'x', '/services/telc', '2026-02-20T10:00:00Z')`,
  );
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function admin(...argv: string[]) {
  const out: string[] = [];
  const code = await runAdmin(argv, {
    openDatabase: async () => ({ ...db, close: async () => {} }),
    describeDatabase: () => 'test database',
    out: (line) => out.push(line),
    err: () => {},
    now: () => new Date('2026-03-01T12:00:00Z'),
  });
  return { code, out: out.join('\n') };
}

describe('czp-admin inventory', () => {
  it('lists each service with its issuer, versions and failure reports', async () => {
    const { code, out } = await admin('inventory');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'Services on 2026-03-01T12:00:00.000Z:',
        '',
        'telc  Město telc (mesto-telc, IČO 00286711)',
        '  active 1.0.0 (files on the portal); other versions: 1.1.0',
        '  failure reports: 1 in the last 24 hours, 2 in all',
      ].join('\n'),
    );
  });

  it('prints the same as JSON', async () => {
    const { code, out } = await admin('inventory', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      generatedAt: '2026-03-01T12:00:00.000Z',
      services: [
        {
          id: 'telc',
          issuer: { id: 'mesto-telc', name: 'Město telc', ico: '00286711' },
          activeVersion: '1.0.0',
          otherVersions: ['1.1.0'],
          withdrawn: false,
          hostedAt: 'portal',
          failureReports: { last24h: 1, total: 2 },
        },
      ],
    });
  });
});
