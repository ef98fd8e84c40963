import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRemote, type RemoteFixture, readTarGz, removeRemote, runCzp } from '../testing.js';

let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

describe('czp pack', () => {
  it('writes the bundle publish would upload, without a token', async () => {
    fixture = await createRemote();
    const result = await runCzp(['pack', 'remotes/telc', '--out', 'telc.tar.gz'], {
      cwd: fixture.root,
      env: { CZP_TOKEN: undefined },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Packed telc 1.1.0 from remotes/telc/dist: 4 files');
    expect(result.stdout).toContain('Wrote telc.tar.gz');
    const entries = await readTarGz(await readFile(path.join(fixture.root, 'telc.tar.gz')));
    expect([...entries.keys()]).toEqual([
      'assets/app-abc.css',
      'assets/app-abc.js',
      'mf-manifest.json',
      'remoteEntry.js',
    ]);
  });

  it('names the file after the service and version by default', async () => {
    fixture = await createRemote();
    const result = await runCzp(['pack', '--json'], { cwd: fixture.dir });
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      serviceId: 'telc',
      version: '1.1.0',
      out: path.join(fixture.dir, 'telc-1.1.0.tar.gz'),
    });
    expect(summary.files).toHaveLength(4);
  });

  it('exits 1 when the remote is not built', async () => {
    fixture = await createRemote();
    await rm(fixture.dist, { recursive: true });
    const result = await runCzp(['pack', 'remotes/telc'], { cwd: fixture.root });
    expect(result).toMatchObject({ code: 1, stderr: 'czp: remotes/telc has no dist/: run `pnpm build` first\n' });
  });
});
