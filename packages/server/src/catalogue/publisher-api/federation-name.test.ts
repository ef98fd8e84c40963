import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../db/database.js';
import { bundleFiles, federationManifest, serviceMetadata } from '../../test/fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';
import { createIssuer } from './issuers.js';
import { multipart, tarGz } from './testing.js';

let db: Database;
let dir: string;
let app: FastifyInstance;
let znojmo: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-federation-name-'));
  app = await buildApp({ db, store: new FileBundleStore(join(dir, 'remotes')), version: '0.0.0-test' });
  znojmo = (await createIssuer(db, { id: 'mesto-znojmo', name: { cs: 'Znojmo', en: 'Znojmo' }, ico: '00286711' })).token
    .token;
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function publish(id: string, manifestName?: string, version = '1.0.0') {
  const files = bundleFiles(id, version);
  if (manifestName) {
    files.set('mf-manifest.json', Buffer.from(JSON.stringify(federationManifest(id, version, { name: manifestName }))));
  }
  const form = multipart([
    { name: 'version', value: version },
    {
      name: 'metadata',
      value: JSON.stringify(serviceMetadata(id, { issuer: { ...serviceMetadata(id).issuer, id: 'mesto-znojmo' } })),
    },
    { name: 'bundle', value: await tarGz(files), filename: 'bundle.tar.gz' },
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/publisher/services/${id}/versions`,
    payload: form.payload,
    headers: { ...form.headers, authorization: `Bearer ${znojmo}` },
  });
}

describe("a remote's federation name", () => {
  it("must be czp_<id>: Znojmo's remote named czp_telc is refused, naming the field, and audited", async () => {
    for (const name of ['czp_telc', 'czp_znojmo2', 'znojmo', 'czp_ZNOJMO']) {
      const response = await publish('znojmo', name);
      expect(response.statusCode, name).toBe(400);
      expect(response.json().message, name).toContain(
        `mf-manifest.json: name is ${JSON.stringify(name)}, but the remote of the service znojmo must be named "czp_znojmo"`,
      );
    }
    const [audit] = await db.query<{ outcome: string }>('select outcome from audit_log order by id desc limit 1');
    expect(audit?.outcome).toBe('refused');
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from service_versions');
    expect(row?.n).toBe(0);
  });

  it('is accepted as the remote build names it (hyphens as underscores)', async () => {
    const plain = await publish('znojmo');
    expect({ status: plain.statusCode, body: plain.json() }).toMatchObject({ status: 201 });
    const hyphenated = await publish('znojmo-parkovani', 'czp_znojmo_parkovani');
    expect({ status: hyphenated.statusCode, body: hyphenated.json() }).toMatchObject({ status: 201 });
  });
});
