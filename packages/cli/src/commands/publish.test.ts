import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

describe('czp publish: one clear message per situation', () => {
  const unchanged = (active: boolean, activeVersion: string | null) =>
    server.use(
      http.post(`${ORIGIN}/api/publisher/services/telc/versions`, () =>
        HttpResponse.json({
          serviceId: 'telc',
          version: '1.1.0',
          status: 'unchanged',
          active,
          activeVersion,
          files: 4,
          message: 'version 1.1.0 of telc is already published with the same files',
        }),
      ),
    );

  it('says once that an identical version is already published, and nothing about publishing it', async () => {
    fixture = await createRemote();
    unchanged(true, '1.1.0');
    const result = await runCzp(['publish', 'remotes/telc'], { cwd: fixture.root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('telc 1.1.0 is already published (identical): nothing to do\n');
    expect(result.stdout).not.toContain('Published');
    expect(result.stdout).not.toContain('already published with the same files');
  });

  it('says how to activate an identical version that is a draft', async () => {
    fixture = await createRemote();
    unchanged(false, '1.0.0');
    const result = await runCzp(['publish', 'remotes/telc'], { cwd: fixture.root });
    expect(result.stdout).toContain(
      'telc 1.1.0 is already published (identical): nothing to do; it is a draft, the active version is 1.0.0: make it active with czp activate 1.1.0',
    );
  });

  it('prints a refusal of the server as JSON on stdout with --json', async () => {
    fixture = await createRemote();
    const body = { error: 'version-conflict', message: 'version 1.1.0 of telc is already published', field: 'version' };
    server.use(
      http.post(`${ORIGIN}/api/publisher/services/telc/versions`, () => HttpResponse.json(body, { status: 409 })),
    );
    const result = await runCzp(['publish', 'remotes/telc', '--json'], { cwd: fixture.root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ ...body, status: 409 });
    expect(result.stderr).toContain(`czp: ${body.message}`);
  });

  it('names where the development tokens are when a portal on this machine refuses the token', async () => {
    fixture = await createRemote({ service: { id: 'telc', issuer: { id: 'mesto-telc' } } });
    server.use(
      http.post('http://localhost:8080/api/publisher/services/telc/versions', () =>
        HttpResponse.json({ error: 'token-invalid', message: 'This publishing token is not valid' }, { status: 401 }),
      ),
    );
    const result = await runCzp(['publish', 'remotes/telc', '--json'], {
      cwd: fixture.root,
      env: { CZP_SERVER: 'http://localhost:8080' },
    });
    expect(result.code).toBe(1);
    const refusal = JSON.parse(result.stdout) as { error: string; message: string; status: number };
    expect(refusal).toMatchObject({ error: 'token-invalid', status: 401 });
    expect(refusal.message).toBe(
      "This publishing token is not valid. In development the portal prints each issuer's token on its first start " +
        "and writes it to .data/dev-tokens/mesto-telc.token in the portal's folder (DATA_DIR/dev-tokens/ if DATA_DIR " +
        'is set); the token is czp_dev_mesto-telc: CZP_TOKEN=$(cat .data/dev-tokens/mesto-telc.token) czp publish. ' +
        'An issuer that is new gets its token when the portal starts with its czp.service.json in remotes/',
    );
  });

  it('says who gives tokens when another portal refuses the token', async () => {
    fixture = await createRemote();
    server.use(
      http.post(`${ORIGIN}/api/publisher/services/telc/versions`, () =>
        HttpResponse.json({ error: 'token-invalid', message: 'This publishing token is not valid' }, { status: 401 }),
      ),
    );
    const result = await runCzp(['publish', 'remotes/telc'], { cwd: fixture.root });
    expect(result.stderr).toBe(
      'czp: This publishing token is not valid. Set CZP_TOKEN to a token of your issuer from http://portal.test: ' +
        'its operator gives you the first one, czp tokens create makes more\n',
    );
  });

  it('says how to name another portal when it cannot reach this one', async () => {
    fixture = await createRemote();
    server.use(http.post(`${ORIGIN}/api/publisher/services/telc/versions`, () => HttpResponse.error()));
    const result = await runCzp(['publish', 'remotes/telc', '--json'], { cwd: fixture.root });
    expect(result.code).toBe(1);
    const refusal = JSON.parse(result.stdout) as { error: string; message: string };
    expect(refusal.error).toBe('unreachable');
    expect(refusal.message).toMatch(
      /^cannot reach http:\/\/portal\.test: .+\. Is the portal running \(pnpm start\)\? To publish to another portal, set CZP_SERVER=<url> or pass --server <url>$/,
    );
  });
});

describe('czp publish: a dist/ that is not the sources', () => {
  /** package.json with a build script that writes dist/ (or fails), and a source newer than the current dist/. */
  async function withBuild(script: string) {
    const remote = await createRemote();
    await writeFile(
      path.join(remote.dir, 'package.json'),
      JSON.stringify({ name: '@czp/remote-telc', version: '1.1.0', scripts: { build: 'node build.mjs' } }),
    );
    await writeFile(path.join(remote.dir, 'build.mjs'), script);
    await mkdir(path.join(remote.dir, 'src'), { recursive: true });
    await writeFile(path.join(remote.dir, 'src/app.tsx'), 'export default {};\n');
    const old = new Date(Date.now() - 3_600_000);
    for (const name of ['mf-manifest.json', 'remoteEntry.js', 'assets/app-abc.js', 'assets/app-abc.css']) {
      await utimes(path.join(remote.dist, name), old, old);
    }
    for (const name of ['index.html', 'mf-stats.json', '.vite/manifest.json']) await rm(path.join(remote.dist, name));
    return remote;
  }
  const BUILD = [
    "import { writeFileSync } from 'node:fs';",
    "writeFileSync('dist/remoteEntry.js', 'export const rebuilt = true;');",
    'writeFileSync(\'dist/mf-manifest.json\', \'{"id":"telc","rebuilt":true}\');',
    "console.log('vite build: done');",
  ].join('\n');

  it('refuses a dist/ older than the sources, naming the file and both times, and uploads nothing', async () => {
    fixture = await withBuild(BUILD);
    const result = await runCzp(['publish', 'remotes/telc'], { cwd: fixture.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^czp: remotes\/telc: dist\/ is older than (src\/app\.tsx|package\.json|czp\.service\.json) \(changed \d\d:\d\d, built \d\d:\d\d\): run `czp publish --build` or build first\n$/,
    );
    const json = await runCzp(['publish', 'remotes/telc', '--json'], { cwd: fixture.root });
    expect(JSON.parse(json.stdout)).toMatchObject({ error: 'stale-dist', field: null, status: null });
  });

  it('builds first with --build (npm outside a pnpm workspace), then uploads the new files', async () => {
    fixture = await withBuild(BUILD);
    const seen: SeenUpload[] = [];
    acceptPublish(seen);
    const result = await runCzp(['publish', 'remotes/telc', '--build'], { cwd: fixture.root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Building remotes\/telc …\nBuilt remotes\/telc \(npm run build\)\.\nPacked/);
    expect(result.stderr).toContain('vite build: done');
    const entries = await readTarGz(seen[0]?.bundle ?? new Uint8Array());
    expect(entries.get('remoteEntry.js')).toBe('export const rebuilt = true;');
  });

  it('uploads nothing when the build fails, and says so', async () => {
    fixture = await withBuild("console.error('src/app.tsx: Unexpected token');\nprocess.exit(1);\n");
    const result = await runCzp(['publish', 'remotes/telc', '--build'], { cwd: fixture.root }); // msw fails any request
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('src/app.tsx: Unexpected token');
    expect(result.stderr).toContain(
      'czp: the build of remotes/telc failed (npm run build exited with 1): fix what it printed above; nothing was uploaded\n',
    );
    expect(result.stdout).not.toContain('Packed');
  });
});
