import { gunzipSync } from 'node:zlib';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createRemote,
  ORIGIN,
  type RemoteFixture,
  readTarGz,
  removeRemote,
  runCzp,
  SERVICE_JSON,
  TOKEN,
  usePortal,
} from '../testing.js';

interface SeenUpload {
  authorization: string | null;
  userAgent: string | null;
  contentType: string | null;
  version: unknown;
  metadata: unknown;
  activate: unknown;
  bundleName: string;
  bundleType: string;
  bundle: Uint8Array;
}

const server = usePortal();
let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

/** Answers a publish like the server does, recording what was sent. */
function acceptPublish(seen: SeenUpload[], activeVersion = '1.0.0') {
  server.use(
    http.post(`${ORIGIN}/api/publisher/services/:id/versions`, async ({ request, params }) => {
      const form = await request.formData();
      const bundle = form.get('bundle');
      if (!(bundle instanceof File))
        return HttpResponse.json({ error: 'missing-file', message: 'no bundle' }, { status: 400 });
      const activate = form.get('activate') === 'true';
      const version = String(form.get('version'));
      seen.push({
        authorization: request.headers.get('authorization'),
        userAgent: request.headers.get('user-agent'),
        contentType: request.headers.get('content-type'),
        version: form.get('version'),
        metadata: JSON.parse(String(form.get('metadata'))),
        activate: form.get('activate'),
        bundleName: bundle.name,
        bundleType: bundle.type,
        bundle: new Uint8Array(await bundle.arrayBuffer()),
      });
      return HttpResponse.json(
        {
          serviceId: params.id,
          version,
          active: activate,
          activeVersion: activate ? version : activeVersion,
          files: 4,
          message: activate
            ? `${params.id} ${version} is published and active.`
            : `${params.id} ${version} is a draft.`,
        },
        { status: 201 },
      );
    }),
  );
}

describe('czp publish', () => {
  it('uploads version, metadata, activate and the bundle as multipart, with the token', async () => {
    fixture = await createRemote();
    const seen: SeenUpload[] = [];
    acceptPublish(seen);

    const result = await runCzp(['publish', 'remotes/telc'], { cwd: fixture.root });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(seen).toHaveLength(1);
    const upload = seen[0] as SeenUpload;
    expect(upload).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      version: '1.1.0',
      metadata: SERVICE_JSON,
      activate: 'true',
      bundleName: 'bundle.tar.gz',
      bundleType: 'application/gzip',
    });
    expect(upload.userAgent).toMatch(/^czp\/\d+\.\d+\.\d+/);
    expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.bundle.length).toBeGreaterThan(0);
    expect(gunzipSync(upload.bundle).length).toBeGreaterThan(0);
    const entries = await readTarGz(upload.bundle);
    expect([...entries.keys()]).toEqual([
      'assets/app-abc.css',
      'assets/app-abc.js',
      'mf-manifest.json',
      'remoteEntry.js',
    ]);

    expect(result.stdout).toContain('Packed remotes/telc/dist: 4 files');
    expect(result.stdout).toMatch(/Published telc 1\.1\.0 \(4 files, [\d.]+ (B|KB)\); it is now active\./);
    expect(result.stdout).toContain('telc 1.1.0 is published and active.');
  });

  it('sends activate=false with --no-activate and says the version is a draft', async () => {
    fixture = await createRemote();
    const seen: SeenUpload[] = [];
    acceptPublish(seen);

    const result = await runCzp(['publish', '--no-activate'], { cwd: fixture.dir });

    expect(result.code).toBe(0);
    expect(seen[0]?.activate).toBe('false');
    expect(result.stdout).toContain('as a draft; the active version is still 1.0.0');
    expect(result.stdout).toContain('czp activate 1.1.0');
  });

  it('prints the server’s JSON with --json', async () => {
    fixture = await createRemote();
    acceptPublish([]);
    const result = await runCzp(['publish', 'remotes/telc', '--json'], { cwd: fixture.root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ serviceId: 'telc', version: '1.1.0', active: true, files: 4 });
  });

  it.each([
    [403, { error: 'issuer-mismatch', message: 'This token may not publish telc.' }],
    [
      409,
      {
        error: 'version-conflict',
        message: 'telc 1.1.0 is already published with other files: raise the version in package.json',
        field: 'version',
      },
    ],
  ])('exits 1 and prints the server’s message on a %i', async (status, body) => {
    fixture = await createRemote();
    server.use(http.post(`${ORIGIN}/api/publisher/services/telc/versions`, () => HttpResponse.json(body, { status })));

    const result = await runCzp(['publish', 'remotes/telc'], { cwd: fixture.root });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`czp: ${body.message}\n`);
    if ('field' in body) expect(result.stderr).toContain('(field: version)');
    expect(result.stdout).not.toContain('Published');
  });

  it('checks the folder before uploading anything', async () => {
    fixture = await createRemote({ version: 'latest' });
    const result = await runCzp(['publish', 'remotes/telc'], { cwd: fixture.root }); // msw fails any request
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('remotes/telc/package.json: the version "latest" is not a semver version');
  });

  it('exits 2 without a token, before reading the folder', async () => {
    const result = await runCzp(['publish', 'remotes/nope'], { env: { CZP_TOKEN: undefined } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('czp: Set CZP_TOKEN to your publishing token (or pass --token)\n');
  });

  it('says when the server cannot be reached', async () => {
    fixture = await createRemote();
    server.use(http.post(`${ORIGIN}/api/publisher/services/telc/versions`, () => HttpResponse.error()));
    const result = await runCzp(['publish', 'remotes/telc'], { cwd: fixture.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^czp: cannot reach http:\/\/portal\.test: /);
  });
});
