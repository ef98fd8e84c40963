import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIssuer } from '../catalogue/publisher-api/issuers.js';
import { authenticate } from '../catalogue/publisher-api/tokens.js';
import { DataFolderInUseError } from '../db/data-folder-lock.js';
import type { Database } from '../db/database.js';
// An operator's mistake is a refusal like any other.
import { Refusal as IssuerError } from '../http/refusal.js';
import { ConfigurationError } from '../startup/configuration-error.js';
import { createTestDatabase } from '../test/test-database.js';
import { type AdminIo, runAdmin } from './cli.js';
import { OperatorApi } from './running-server.js';

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec('delete from publisher_tokens; delete from issuers;');
});

/** Runs czp-admin on the test database (which it must not close). */
async function admin(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: AdminIo = {
    openDatabase: async () => ({ ...db, close: async () => {} }),
    describeDatabase: () => 'test database',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const code = await runAdmin(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('createIssuer', () => {
  it('validates the issuer with the contract and refuses another IČO under an existing id', async () => {
    await expect(createIssuer(db, { id: 'Mesto', name: { cs: 'M', en: 'M' }, ico: '123' })).rejects.toThrow(
      /^The issuer is not valid: id: A service id is 2–40 lower-case letters.*; ico: IČO is 8 digits$/,
    );
    const first = await createIssuer(db, { id: 'mesto-telc', name: { cs: 'Telč', en: 'Telč' }, ico: '00286711' });
    expect(first).toMatchObject({ created: true, token: { name: 'initial' } });
    const again = await createIssuer(db, { id: 'mesto-telc', name: { cs: 'Telč!', en: 'Telč' }, ico: '00286711' });
    expect(again.created).toBe(false);
    expect(again.token.token).not.toBe(first.token.token);
    const error = await createIssuer(db, { id: 'mesto-telc', name: { cs: 'T', en: 'T' }, ico: '11111111' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IssuerError);
    expect((error as Error).message).toBe(
      'The issuer mesto-telc is already registered with the IČO 00286711, not 11111111; choose another id, or correct the IČO',
    );
  });
});

describe('czp-admin', () => {
  it('prints the usage', async () => {
    const help = await admin('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('czp-admin issuer create --id <issuer-id>');
    expect((await admin('issuer', 'delete')).code).toBe(2);
  });

  it('registers an issuer and prints a token that works', async () => {
    const result = await admin(
      'issuer',
      'create',
      '--id',
      'mesto-pribram',
      '--name-cs',
      'Město Příbram',
      '--name-en',
      'The Town of Příbram',
      '--ico',
      '00243132',
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('Registered the issuer mesto-pribram (Město Příbram, IČO 00243132).');
    const token = /czp_[A-Za-z0-9_-]{43}/.exec(result.out)?.[0];
    expect(await authenticate(db, `Bearer ${token}`)).toMatchObject({ ok: true, issuerId: 'mesto-pribram' });

    const second = await admin('token', 'create', '--issuer', 'mesto-pribram', '--name', 'CI');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/Publishing token "CI" of mesto-pribram/);
    const list = await admin('token', 'list', '--issuer', 'mesto-pribram');
    expect(list.out.split('\n')).toHaveLength(2);
    const id = /^([0-9a-f-]{36}) {2}CI/m.exec(list.out)?.[1] as string;
    expect((await admin('token', 'revoke', '--issuer', 'mesto-pribram', '--id', id)).out).toBe(
      `Revoked the token "CI" (${id}) of mesto-pribram.`,
    );
  });

  it('says what is missing or wrong', async () => {
    expect((await admin('token', 'create', '--issuer', 'mesto-x')).err).toContain('missing --name');
    const unknown = await admin('token', 'create', '--issuer', 'mesto-x', '--name', 'CI');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no issuer mesto-x; register it first');
    const invalid = await admin('issuer', 'create', '--id', 'x', '--name-cs', 'X', '--name-en', 'X', '--ico', '1');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('ico: IČO is 8 digits');
  });
});

describe('a database it may not open', () => {
  it('says why in one line and exits 1 (no stack trace)', async () => {
    const err: string[] = [];
    const code = await runAdmin(['inventory'], {
      openDatabase: async () => {
        throw new ConfigurationError('The embedded database in /srv/czp/db is in use by process 4242.');
      },
      describeDatabase: () => 'test database',
      out: () => {},
      err: (line) => err.push(line),
    });
    expect(code).toBe(1);
    expect(err.at(-1)).toBe('czp-admin: The embedded database in /srv/czp/db is in use by process 4242.');
  });
});

describe('a folder another process holds', () => {
  const held = async () => {
    throw new DataFolderInUseError('/srv/czp/db', 4242);
  };

  it('is refused when czp-admin has no way to its server, naming the process', async () => {
    const err: string[] = [];
    const code = await runAdmin(['token', 'list', '--issuer', 'mesto-telc'], {
      openDatabase: held,
      describeDatabase: () => 'test database',
      out: () => {},
      err: (line) => err.push(line),
    });
    expect(code).toBe(1);
    expect(err.at(-1)).toMatch(
      /^czp-admin: The database folder \/srv\/czp\/db is in use by another CzP process \(pid 4242\)/,
    );
  });

  it('sends the command to the server holding it, and refuses what the server does not offer', async () => {
    const requests: string[] = [];
    const api = new OperatorApi('http://portal.test', 'czp_op_x', (async (
      input: string | URL | Request,
      init?: RequestInit,
    ) => {
      requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname} ${init?.body ?? ''}`);
      return new Response(JSON.stringify({ issuerId: 'mesto-telc', tokens: [] }), { status: 200 });
    }) as typeof fetch);
    const out: string[] = [];
    const err: string[] = [];
    const io: AdminIo = {
      openDatabase: held,
      describeDatabase: () => 'test database',
      throughServer: async (holder, explicit) => {
        expect(holder).toEqual({ folder: '/srv/czp/db', pid: 4242 });
        expect(explicit).toBe('http://portal.test');
        return api;
      },
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    };
    expect(await runAdmin(['token', 'list', '--issuer', 'mesto-telc', '--server', 'http://portal.test'], io)).toBe(0);
    expect(requests).toEqual(['GET /api/operations/issuers/mesto-telc/tokens ']);
    expect(out).toEqual(['mesto-telc has no tokens.']);
    expect(err.at(-1)).toBe(
      'A CzP server (pid 4242) holds the embedded database: the command goes through its API at http://portal.test.',
    );

    const notice = [
      'notice',
      'send',
      '--box',
      'abc1234',
      '--subject',
      'S',
      '--text',
      'T',
      '--server',
      'http://portal.test',
    ];
    expect(await runAdmin(notice, io)).toBe(1);
    expect(err.at(-1)).toContain('czp-admin: notice send is not offered through the server: stop the server');
  });

  it('refuses a --server that is not an address before anything else', async () => {
    const err: string[] = [];
    const code = await runAdmin(['inventory', '--server', 'portal'], {
      openDatabase: held,
      describeDatabase: () => 'test database',
      out: () => {},
      err: (line) => err.push(line),
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(
      `--server must be the server's http(s) address, e.g. http://localhost:8080 (not "portal")`,
    );
  });
});
