import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGISTER_INFO } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { INTERIOR_BOX_ID } from './authorities.js';
import { signInCitizen } from './test-citizen.js';

let db: Database;
let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-boxes-'));
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'b'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák' }),
  });
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const interior = (recipients: { id: string; name: { cs: string } }[]) =>
  recipients.filter((box) => box.name.cs === 'Ministerstvo vnitra').map((box) => box.id);

describe('one box for the Ministry of the Interior', () => {
  it('is the fixed box until the catalogue has the ministry as an issuer, then the issuer’s box alone', async () => {
    const jan = await signInCitizen(app, 'jan');
    expect(interior((await jan.request('GET', '/recipients')).body.recipients)).toEqual([INTERIOR_BOX_ID]);
    // Before the ministry published: a complaint to the residents register's editor, stored under the fixed id.
    expect(REGISTER_INFO.residents.editor.boxId).toBe(INTERIOR_BOX_ID);
    const early = await jan.send({ recipient: INTERIOR_BOX_ID, subject: 'Stížnost dříve' });
    expect(early.body.recipient.boxId).toBe(INTERIOR_BOX_ID);

    await db.query(
      `insert into issuers (id, name, ico) values ('mvcr', '{"cs": "Ministerstvo vnitra", "en": "Ministry of the Interior"}', '00007064')`,
    );
    await db.query(
      `insert into services (id, issuer_id, metadata) values ('data-box', 'mvcr', '{"category": "portal"}')`,
    );
    const { recipients } = (await jan.request('GET', '/recipients')).body;
    expect(interior(recipients)).toEqual(['mvcr']);
    expect(recipients.find((box: { id: string }) => box.id === 'mvcr')).toMatchObject({ kind: 'ministry' });

    // The register's editor id still reaches the ministry: into the issuer's box, the one the citizen sees.
    const complaint = await jan.send({ recipient: REGISTER_INFO.residents.editor.boxId, subject: 'Stížnost' });
    expect(complaint.status).toBe(201);
    expect(complaint.body.recipient).toMatchObject({ boxId: 'mvcr', name: { cs: 'Ministerstvo vnitra' } });
    const direct = await jan.send({ recipient: 'mvcr', subject: 'Dotaz' });
    expect(direct.body.recipient.boxId).toBe('mvcr');

    // The message stored under the fixed id is still read, shown as the issuer's box, and answered there.
    const old = await jan.request('GET', `/messages/${early.body.id}`);
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ subject: 'Stížnost dříve', recipient: { boxId: 'mvcr' } });
    const sent = (await jan.request('GET', '/messages?folder=sent')).body.messages as {
      recipient: { boxId: string };
    }[];
    expect(new Set(sent.map((message) => message.recipient.boxId))).toEqual(new Set(['mvcr']));
    const followUp = await jan.send({ recipient: 'mvcr', subject: 'Re: Stížnost dříve', replyTo: early.body.id });
    expect(followUp.status).toBe(201);
    expect(followUp.body.conversationId).toBe(early.body.conversationId);
    await app.jobs.drain();
  });
});
