import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ORIGIN, runCzp, usePortal } from '../testing.js';

const server = usePortal();

describe('czp tokens', () => {
  it('lists tokens', async () => {
    server.use(
      http.get(`${ORIGIN}/api/publisher/tokens`, () =>
        HttpResponse.json({
          tokens: [
            {
              id: 'tok1',
              name: 'ci-deploy',
              createdAt: '2026-11-01T10:00:00Z',
              lastUsedAt: '2026-11-27T10:00:00Z',
              revokedAt: null,
            },
            {
              id: 'tok2',
              name: 'old-laptop',
              createdAt: '2026-10-01T10:00:00Z',
              lastUsedAt: null,
              revokedAt: '2026-11-02T10:00:00Z',
            },
          ],
        }),
      ),
    );
    const result = await runCzp(['tokens', 'list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+CREATED\s+LAST USED\s+STATUS$/);
    expect(lines[1]).toMatch(/^tok1\s+ci-deploy\s.*valid$/);
    expect(lines[2]).toMatch(/^tok2\s+old-laptop\s.*never\s+revoked /);
  });

  it('creates a token, POSTing its name, and prints it once with a warning', async () => {
    const seen: unknown[] = [];
    server.use(
      http.post(`${ORIGIN}/api/publisher/tokens`, async ({ request }) => {
        seen.push(await request.json());
        return HttpResponse.json({ id: 'tok3', name: 'ci-deploy', token: 'czp_s3cr3t_value' }, { status: 201 });
      }),
    );
    const result = await runCzp(['tokens', 'create', 'ci-deploy']);
    expect(result.code).toBe(0);
    expect(seen).toEqual([{ name: 'ci-deploy' }]);
    expect(result.stdout).toContain('Created token "ci-deploy" (id tok3)');
    expect(result.stdout.match(/czp_s3cr3t_value/g)).toHaveLength(1);
    expect(result.stdout).toContain('shown only this once');
  });

  it('revokes a token with DELETE', async () => {
    const seen: string[] = [];
    server.use(
      http.delete(`${ORIGIN}/api/publisher/tokens/:id`, ({ params }) => {
        seen.push(String(params.id));
        return HttpResponse.json({ id: params.id, revokedAt: '2026-11-27T10:15:00Z' });
      }),
    );
    const result = await runCzp(['tokens', 'revoke', 'tok2']);
    expect(result.code).toBe(0);
    expect(seen).toEqual(['tok2']);
    expect(result.stdout).toMatch(/^Revoked token tok2 at .+: it can no longer publish\.\n$/);
  });

  it('exits 2 on a missing or unknown action or a missing argument', async () => {
    for (const argv of [['tokens'], ['tokens', 'rotate'], ['tokens', 'create'], ['tokens', 'revoke']]) {
      const result = await runCzp(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Run `czp tokens --help` for usage.');
    }
  });

  it('exits 1 with the server’s message when it refuses', async () => {
    server.use(
      http.delete(`${ORIGIN}/api/publisher/tokens/nope`, () =>
        HttpResponse.json({ error: 'not-found', message: 'There is no token nope.' }, { status: 404 }),
      ),
    );
    expect(await runCzp(['tokens', 'revoke', 'nope'])).toMatchObject({
      code: 1,
      stderr: 'czp: There is no token nope.\n',
    });
  });
});
