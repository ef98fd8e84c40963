import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createRemote, ORIGIN, type RemoteFixture, removeRemote, runCzp, TOKEN, usePortal } from '../testing.js';

const server = usePortal();
let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

const VERSIONS = {
  serviceId: 'telc',
  activeVersion: '1.1.0',
  versions: [
    { version: '1.1.0', publishedAt: '2026-11-27T10:15:00.000Z', active: true, files: 12, size: 35_328 },
    { version: '1.0.0', publishedAt: '2026-11-20T08:00:00.000Z', active: false, files: 11, size: 30_000 },
  ],
};

describe('czp versions', () => {
  it('GETs the versions of the service in [dir] and prints them as a table', async () => {
    fixture = await createRemote();
    const seen: string[] = [];
    server.use(
      http.get(`${ORIGIN}/api/publisher/services/:id/versions`, ({ request, params }) => {
        seen.push(`${request.method} ${params.id} ${request.headers.get('authorization')}`);
        return HttpResponse.json(VERSIONS);
      }),
    );

    const result = await runCzp(['versions', 'remotes/telc'], { cwd: fixture.root });

    expect(result.code).toBe(0);
    expect(seen).toEqual([`GET telc Bearer ${TOKEN}`]);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('telc: version 1.1.0 is active');
    expect(result.stdout).toMatch(/VERSION\s+PUBLISHED\s+ACTIVE\s+FILES\s+SIZE/);
    expect(lines.find((line) => line.startsWith('1.1.0'))).toMatch(/● active\s+12\s+34\.5 KB$/);
    expect(lines.find((line) => line.startsWith('1.0.0'))).toMatch(/\s11\s+29\.3 KB$/);
    expect(lines.find((line) => line.startsWith('1.0.0'))).not.toContain('active');
  });

  it('takes the service from --service without a folder, and prints JSON with --json', async () => {
    server.use(
      http.get(`${ORIGIN}/api/publisher/services/znojmo/versions`, () =>
        HttpResponse.json({ serviceId: 'znojmo', activeVersion: null, versions: [] }),
      ),
    );
    const text = await runCzp(['versions', '--service', 'znojmo']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('znojmo has no published versions yet');
    const json = await runCzp(['versions', '--service', 'znojmo', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ serviceId: 'znojmo', activeVersion: null, versions: [] });
  });

  it('refuses a folder and --service together', async () => {
    const result = await runCzp(['versions', 'remotes/telc', '--service', 'telc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give either a folder or --service <id>, not both');
  });

  it('exits 1 with the server’s message on a refusal', async () => {
    server.use(
      http.get(`${ORIGIN}/api/publisher/services/brno/versions`, () =>
        HttpResponse.json(
          { error: 'forbidden', message: 'This token does not belong to the issuer of brno.' },
          { status: 403 },
        ),
      ),
    );
    const result = await runCzp(['versions', '--service', 'brno']);
    expect(result).toMatchObject({ code: 1, stderr: 'czp: This token does not belong to the issuer of brno.\n' });
  });
});
