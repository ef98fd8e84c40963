import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from './errors.js';
import { isBuildByProduct, packDist } from './pack.js';
import { createRemote, type RemoteFixture, readTarGz, removeRemote } from './testing.js';

let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

describe('packDist', () => {
  it('packs the contents of dist/ with relative POSIX paths, leaving out build by-products', async () => {
    fixture = await createRemote();
    const bundle = await packDist(fixture.dist, { label: 'remotes/telc/dist' });

    const entries = await readTarGz(bundle.data);
    expect([...entries.keys()]).toEqual([
      'assets/app-abc.css',
      'assets/app-abc.js',
      'mf-manifest.json',
      'remoteEntry.js',
    ]);
    expect(entries.get('assets/app-abc.js')).toBe('console.log("telc");');
    expect(entries.get('remoteEntry.js')).toBe('export const get = () => {};');
    expect(bundle.files).toEqual([
      { path: 'assets/app-abc.css', size: 6 },
      { path: 'assets/app-abc.js', size: 20 },
      { path: 'mf-manifest.json', size: 13 },
      { path: 'remoteEntry.js', size: 28 },
    ]);
    expect(bundle.contentSize).toBe(67);
    expect(bundle.data.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip magic
  });

  it('keeps deep and long paths intact', async () => {
    const long = `assets/${'a'.repeat(120)}/${'b'.repeat(120)}.js`;
    fixture = await createRemote({
      files: { 'mf-manifest.json': '{}', 'remoteEntry.js': '', [long]: 'deep', 'assets/index.html': 'kept' },
    });
    const entries = await readTarGz((await packDist(fixture.dist)).data);
    expect(entries.get(long)).toBe('deep');
    expect(entries.get('assets/index.html')).toBe('kept'); // only dist/index.html is a by-product
  });

  it('refuses a symbolic link inside dist/, naming it', async () => {
    fixture = await createRemote();
    await writeFile(path.join(fixture.root, 'secret.txt'), 'do not publish');
    await symlink(path.join(fixture.root, 'secret.txt'), path.join(fixture.dist, 'assets', 'linked.js'));

    const refusal = packDist(fixture.dist, { label: 'remotes/telc/dist' });
    await expect(refusal).rejects.toBeInstanceOf(CliError);
    await expect(refusal).rejects.toThrow('remotes/telc/dist/assets/linked.js is a symbolic link');
  });

  it('refuses a linked folder too', async () => {
    fixture = await createRemote();
    await mkdir(path.join(fixture.root, 'elsewhere'));
    await symlink(path.join(fixture.root, 'elsewhere'), path.join(fixture.dist, 'vendor'));
    await expect(packDist(fixture.dist, { label: 'dist' })).rejects.toThrow('dist/vendor is a symbolic link');
  });

  it('refuses an empty dist/', async () => {
    fixture = await createRemote({ files: { 'index.html': '' } });
    await expect(packDist(fixture.dist, { label: 'dist' })).rejects.toThrow('dist has no files to publish');
  });

  it('knows the by-products the server ignores', () => {
    expect(isBuildByProduct('.vite/manifest.json')).toBe(true);
    expect(isBuildByProduct('mf-stats.json')).toBe(true);
    expect(isBuildByProduct('index.html')).toBe(true);
    expect(isBuildByProduct('assets/index.html')).toBe(false);
    expect(isBuildByProduct('mf-manifest.json')).toBe(false);
  });
});
