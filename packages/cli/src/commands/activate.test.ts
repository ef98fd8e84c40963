import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createRemote, ORIGIN, type RemoteFixture, removeRemote, runCzp, usePortal } from '../testing.js';

const server = usePortal();
let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

describe('czp activate', () => {
  it('POSTs the version as JSON to the service’s active endpoint', async () => {
    fixture = await createRemote();
    const seen: unknown[] = [];
    server.use(
      http.post(`${ORIGIN}/api/publisher/services/telc/active`, async ({ request }) => {
        seen.push({ contentType: request.headers.get('content-type'), body: await request.json() });
        return HttpResponse.json({ serviceId: 'telc', activeVersion: '1.0.0', message: 'telc is back on 1.0.0.' });
      }),
    );

    const result = await runCzp(['activate', '1.0.0', 'remotes/telc'], { cwd: fixture.root });

    expect(result.code).toBe(0);
    expect(seen).toEqual([{ contentType: 'application/json', body: { version: '1.0.0' } }]);
    expect(result.stdout).toBe('telc: version 1.0.0 is now active.\ntelc is back on 1.0.0.\n');
  });

  it('works with --service', async () => {
    server.use(
      http.post(`${ORIGIN}/api/publisher/services/znojmo/active`, () =>
        HttpResponse.json({ serviceId: 'znojmo', activeVersion: '2.0.0' }),
      ),
    );
    const result = await runCzp(['activate', '2.0.0', '--service', 'znojmo']);
    expect(result).toMatchObject({ code: 0, stdout: 'znojmo: version 2.0.0 is now active.\n' });
  });

  it('exits 2 without a version or with one that is not semver', async () => {
    expect((await runCzp(['activate', '--service', 'telc'])).code).toBe(2);
    const bad = await runCzp(['activate', 'latest', '--service', 'telc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"latest" is not a version');
  });

  it('exits 1 with the server’s message when the version is unknown', async () => {
    server.use(
      http.post(`${ORIGIN}/api/publisher/services/telc/active`, () =>
        HttpResponse.json(
          { error: 'not-found', message: 'telc has no version 9.9.9', field: 'version' },
          { status: 404 },
        ),
      ),
    );
    const result = await runCzp(['activate', '9.9.9', '--service', 'telc']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('czp: telc has no version 9.9.9\nczp: (field: version)\n');
  });
});
