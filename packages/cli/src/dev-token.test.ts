import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSING_TOKEN, run } from './cli.js';
import { remoteFolderOf } from './dev-token.js';

const SERVER = 'http://localhost:8080';
const ISSUER = { id: 'mesto-kutna-hora', name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' }, ico: '00236195' };

interface Seen {
  method: string;
  url: string;
  authorization: string | null;
  body: unknown;
}

/** A portal as a fetch: the development route answers `development`, or like a production portal when null. */
function fakePortal(development: ((body: unknown) => Response) | null) {
  const seen: Seen[] = [];
  const fetch: typeof globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const headers = new Headers(init?.headers);
    seen.push({
      method: init?.method ?? 'GET',
      url,
      authorization: headers.get('authorization'),
      body: text === undefined ? undefined : JSON.parse(text),
    });
    if (url.endsWith('/api/publisher/development-tokens')) {
      if (development) return development(text === undefined ? undefined : JSON.parse(text));
      // A production portal has no such route: an unmatched POST meets its CSRF check.
      return Response.json({ error: 'csrf', message: 'The security token of this form is missing' }, { status: 403 });
    }
    if (url.endsWith('/api/publisher/services/kutna-hora-zavady/versions')) {
      return Response.json({ serviceId: 'kutna-hora-zavady', activeVersion: null, versions: [] });
    }
    return Response.json({ error: 'not-found', message: 'no' }, { status: 404 });
  }) as typeof fetch;
  return { fetch, seen };
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'czp-dev-token-'));
  await mkdir(path.join(root, 'kutna-hora-zavady'));
  await writeFile(
    path.join(root, 'kutna-hora-zavady', 'czp.service.json'),
    JSON.stringify({ id: 'kutna-hora-zavady', issuer: ISSUER }),
  );
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function czp(argv: string[], fetch: typeof globalThis.fetch, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { CZP_SERVER: SERVER, ...env },
    cwd: root,
    fetch,
  });
  return { code, stdout, stderr };
}

const developmentPortal = () =>
  fakePortal((body) =>
    Response.json(
      {
        issuerId: (body as { issuer: { id: string } }).issuer.id,
        token: `czp_dev_${(body as { issuer: { id: string } }).issuer.id}`,
        created: true,
        message: 'Registered',
      },
      { status: 201 },
    ),
  );

describe('the development token without CZP_TOKEN', () => {
  it("asks a development portal for the token of czp.service.json's issuer, says so in one line, and uses it", async () => {
    const portal = developmentPortal();
    const result = await czp(['versions', 'kutna-hora-zavady'], portal.fetch);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      'Using the development token of mesto-kutna-hora from the development portal at http://localhost:8080\n',
    );
    expect(portal.seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'POST http://localhost:8080/api/publisher/development-tokens',
      'GET http://localhost:8080/api/publisher/services/kutna-hora-zavady/versions',
    ]);
    expect(portal.seen[0]?.body).toEqual({ issuer: ISSUER });
    expect(portal.seen[1]?.authorization).toBe('Bearer czp_dev_mesto-kutna-hora');
  });

  it('keeps the line off stdout with --json', async () => {
    const result = await czp(['versions', 'kutna-hora-zavady', '--json'], developmentPortal().fetch);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ serviceId: 'kutna-hora-zavady' });
    expect(result.stderr).toContain('Using the development token of mesto-kutna-hora');
  });

  it('refuses with the missing-token message on a production portal, and asks nothing without an issuer', async () => {
    const production = fakePortal(null);
    const result = await czp(['versions', 'kutna-hora-zavady'], production.fetch);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`czp: ${MISSING_TOKEN}\n`);
    expect(production.seen).toHaveLength(1);

    const nothing = fakePortal(null);
    const outside = await czp(['versions', '--service', 'kutna-hora-zavady'], nothing.fetch);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe(`czp: ${MISSING_TOKEN}\n`);
    expect(nothing.seen).toEqual([]);
  });

  it('never asks when a token is given', async () => {
    const portal = developmentPortal();
    const result = await czp(['versions', 'kutna-hora-zavady'], portal.fetch, { CZP_TOKEN: 'czp_mine' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(portal.seen.map((entry) => entry.authorization)).toEqual(['Bearer czp_mine']);
  });

  it('says what the portal refused about the issuer (another IČO under its id), with the field', async () => {
    const portal = fakePortal(() =>
      Response.json(
        {
          error: 'issuer-exists',
          message: 'The issuer mesto-kutna-hora is already registered with the IČO 1',
          field: 'issuer.ico',
        },
        { status: 409 },
      ),
    );
    const result = await czp(['versions', 'kutna-hora-zavady'], portal.fetch);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refused the issuer of czp.service.json: The issuer mesto-kutna-hora is already');
    expect(result.stderr).toContain('(field: issuer.ico)');
  });

  it('says when the portal cannot be reached', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const result = await czp(['versions', 'kutna-hora-zavady'], down);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^czp: cannot reach http:\/\/localhost:8080 .*CZP_SERVER/);
  });

  it("finds each command's folder: [dir], activate's second argument, else the current folder", () => {
    expect(remoteFolderOf('publish', ['a'], '/w')).toBe(path.resolve('/w/a'));
    expect(remoteFolderOf('activate', ['1.0.0', 'b'], '/w')).toBe(path.resolve('/w/b'));
    expect(remoteFolderOf('activate', ['1.0.0'], '/w')).toBe(path.resolve('/w'));
    expect(remoteFolderOf('tokens', ['list'], '/w')).toBe(path.resolve('/w'));
  });
});
