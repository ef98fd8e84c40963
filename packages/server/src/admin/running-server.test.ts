import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../startup/configuration-error.js';
import { connectToHolder, readOperatorToken, serverCandidates, writeServerAddress } from './running-server.js';

const holder = { folder: '/data/db', pid: 4242 };
const token = { token: 'czp_op_x', source: 'CZP_OPERATOR_TOKEN' };

/** A fetch answering each origin from a table; an origin not in it refuses the connection. */
function fakeFetch(answers: Record<string, { status: number; body: unknown }>): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    const answer = answers[url.origin];
    if (!answer) throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  }) as typeof fetch;
}

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

describe('finding the server that holds the folder', () => {
  it('uses only the process holding the folder, saying what each other address was', async () => {
    const fetcher = fakeFetch({
      'http://a.test': { status: 200, body: { pid: 1, database: 'pglite', version: '1' } },
      'http://b.test': { status: 404, body: { error: 'not-found', message: 'Not found' } },
      'http://c.test': { status: 200, body: { pid: 4242, database: 'pglite', version: '1' } },
    });
    const api = await connectToHolder(holder, ['http://a.test', 'http://b.test', 'http://c.test'], token, fetcher);
    expect(api.url).toBe('http://c.test');

    const refused = connectToHolder(holder, ['http://a.test', 'http://b.test', 'http://d.test'], token, fetcher);
    await expect(refused).rejects.toBeInstanceOf(ConfigurationError);
    await expect(refused).rejects.toThrow(
      'The database folder /data/db is in use by the server (pid 4242) and its API did not answer: ' +
        'http://a.test is another server (pid 1, not 4242); http://b.test has no operator API for publishers ' +
        '(a server built before it: rebuild and restart it); http://d.test did not answer (ECONNREFUSED).',
    );
  });

  it('stops at a refused operator token, naming where it came from', async () => {
    const fetcher = fakeFetch({ 'http://a.test': { status: 401, body: { error: 'operator-only', message: 'x' } } });
    await expect(connectToHolder(holder, ['http://a.test'], token, fetcher)).rejects.toThrow(
      'its API at http://a.test did not accept the operator token from CZP_OPERATOR_TOKEN',
    );
  });

  it('tries --server, the address the holder wrote, CZP_PUBLIC_URL, then localhost:$PORT', async () => {
    dir = await mkdtemp(join(tmpdir(), 'czp-address-'));
    const env = { CZP_PUBLIC_URL: 'http://portal.test/', PORT: '9000' };
    expect(await serverCandidates(env, dir, holder, 'http://given.test')).toEqual([
      'http://given.test',
      'http://portal.test',
      'http://localhost:9000',
    ]);
    await writeServerAddress(dir, 'http://127.0.0.1:5555', 4242);
    expect(await serverCandidates({}, dir, holder)).toEqual(['http://127.0.0.1:5555', 'http://localhost:8080']);
    // Left by another (earlier) server: not the holder's address.
    await writeServerAddress(dir, 'http://127.0.0.1:6666', 77);
    expect(await serverCandidates({}, dir, holder)).toEqual(['http://localhost:8080']);
  });

  it('reads the operator token from the environment, else the data folder, and never makes one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'czp-optoken-'));
    expect(await readOperatorToken({}, dir)).toBeNull();
    await writeFile(join(dir, 'operator-token'), 'czp_op_file\n');
    expect(await readOperatorToken({}, dir)).toEqual({ token: 'czp_op_file', source: join(dir, 'operator-token') });
    expect(await readOperatorToken({ CZP_OPERATOR_TOKEN: 'czp_op_env' }, dir)).toEqual({
      token: 'czp_op_env',
      source: 'CZP_OPERATOR_TOKEN',
    });
  });
});
