import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';

let db: Database;
let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-my-services-'));
  const store = new FileBundleStore(join(dir, 'remotes'));
  for (const id of ['telc', 'znojmo', 'lysa']) {
    await publishBundle(db, store, {
      metadata: serviceMetadata(id),
      version: '1.0.0',
      files: bundleFiles(id, '1.0.0'),
    });
  }
  app = await buildApp({
    db,
    store,
    version: '1.0.0',
    sessionSecret: 'm'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák', eva: 'Eva Svobodová' }),
    publicUrl: 'http://portal.test',
  });
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

/** A signed-in browser (each call logs in anew: another device of the same citizen). */
async function signedIn(subject: string) {
  const jar = new CookieJar();
  const send = async (method: 'GET' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
    const token = await app.inject({ url: '/api/csrf-token', headers: { cookie: jar.header() } });
    jar.store(token.headers['set-cookie']);
    const response = await app.inject({
      method,
      url,
      headers: { cookie: jar.header(), 'x-csrf-token': token.json().token },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    jar.store(response.headers['set-cookie']);
    return response;
  };
  const start = await app.inject({ url: '/auth/login' });
  jar.store(start.headers['set-cookie']);
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  const callback = await app.inject({
    url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}`,
    headers: { cookie: jar.header() },
  });
  jar.store(callback.headers['set-cookie']);
  const list = async () => (await send('GET', '/api/my-services')).json().services as string[];
  return { send, list, jar };
}

describe('my services', () => {
  it('are added, kept in order on the server, follow the citizen to another browser, and removed', async () => {
    const laptop = await signedIn('jan');
    expect(await laptop.list()).toEqual([]);
    expect((await laptop.send('PUT', '/api/my-services/telc')).json()).toEqual({ services: ['telc'] });
    expect((await laptop.send('PUT', '/api/my-services/znojmo')).json()).toEqual({ services: ['telc', 'znojmo'] });
    // Adding again changes nothing.
    expect((await laptop.send('PUT', '/api/my-services/telc')).json()).toEqual({ services: ['telc', 'znojmo'] });
    expect((await laptop.send('DELETE', '/api/my-services/znojmo')).json()).toEqual({ services: ['telc'] });
    const phone = await signedIn('jan');
    expect(await phone.list()).toEqual(['telc']);
  });

  it('undo puts a removed service back where it was; favourites can be reordered', async () => {
    const b = await signedIn('eva');
    for (const id of ['telc', 'znojmo', 'lysa']) await b.send('PUT', `/api/my-services/${id}`);
    await b.send('DELETE', '/api/my-services/znojmo');
    expect((await b.send('PUT', '/api/my-services/znojmo', { position: 1 })).json().services).toEqual([
      'telc',
      'znojmo',
      'lysa',
    ]);
    const reordered = await b.send('PUT', '/api/my-services', { services: ['lysa', 'telc', 'znojmo'] });
    expect(reordered.json().services).toEqual(['lysa', 'telc', 'znojmo']);
    expect(await b.list()).toEqual(['lysa', 'telc', 'znojmo']);
  });

  it('refuses bad input with a message and loses nothing', async () => {
    const b = await signedIn('jan');
    const before = await b.list();
    const unknown = await b.send('PUT', '/api/my-services/atlantis');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ message: 'There is no service "atlantis" in the catalogue' });
    const badId = await b.send('PUT', '/api/my-services/Not_An_Id');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().message).toMatch(/service id/);
    const notAReordering = await b.send('PUT', '/api/my-services', { services: ['znojmo', 'lysa'] });
    expect(notAReordering.statusCode).toBe(400);
    expect(notAReordering.json().message).toMatch(/exactly the services you have added/);
    const badPosition = await b.send('PUT', '/api/my-services/lysa', { position: -1 });
    expect(badPosition.statusCode).toBe(400);
    expect(await b.list()).toEqual(before);
  });

  it('belong to one citizen: another never sees or changes them', async () => {
    const jan = await signedIn('jan');
    const eva = await signedIn('eva');
    const janBefore = await jan.list();
    await eva.send('DELETE', '/api/my-services/telc');
    expect(await jan.list()).toEqual(janBefore);
    expect(janBefore).toContain('telc');
  });

  it('need a login and the CSRF token', async () => {
    const anonymous = await app.inject({ url: '/api/my-services' });
    expect(anonymous.statusCode).toBe(401);
    const b = await signedIn('jan');
    const noToken = await app.inject({
      method: 'PUT',
      url: '/api/my-services/lysa',
      headers: { cookie: b.jar.header() },
    });
    expect(noToken.statusCode).toBe(403);
    expect(await b.list()).not.toContain('lysa');
  });
});
