import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// The publishing API refuses with the server's one refusal type.
import { Refusal as PublisherError } from '../../http/refusal.js';
import { PublishError } from '../publishing/errors.js';
import { readBundleArchive } from './archive.js';
import { tarGz } from './testing.js';

const file = (name: string, text = name) => ({ name, content: Buffer.from(text) });

async function refusal(archive: Buffer, limits?: Parameters<typeof readBundleArchive>[1]) {
  const error = await readBundleArchive(archive, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error instanceof PublisherError || error instanceof PublishError).toBe(true);
  return error as PublisherError | PublishError;
}

describe('readBundleArchive', () => {
  it('reads regular files by their path relative to dist/, dropping ./ and folders', async () => {
    const files = await readBundleArchive(
      await tarGz([
        { name: './', type: 'directory' },
        file('./mf-manifest.json', '{}'),
        { name: './assets/', type: 'directory' },
        file('./assets/app-1.js', 'export {}'),
      ]),
    );
    expect([...files.keys()]).toEqual(['mf-manifest.json', 'assets/app-1.js']);
    expect(files.get('assets/app-1.js')?.toString()).toBe('export {}');
  });

  it('refuses links, devices and pipes, naming the entry', async () => {
    for (const [type, what] of [
      ['symlink', 'a symbolic link'],
      ['link', 'a hard link'],
      ['character-device', 'a device file'],
      ['block-device', 'a device file'],
      ['fifo', 'a named pipe'],
    ] as const) {
      const error = await refusal(
        await tarGz([file('mf-manifest.json'), { name: 'assets/x', type, linkname: '/etc/passwd' }]),
      );
      expect(error.message).toBe(`the bundle contains ${what} at assets/x; only regular files can be published`);
    }
  });

  it('refuses more entries than the limit, and more bytes than the limit once decompressed', async () => {
    const many = await tarGz(Array.from({ length: 6 }, (_, i) => file(`f${i}.js`)));
    expect((await refusal(many, { entries: 5, uncompressedBytes: 1e6 })).message).toBe(
      'The bundle has more than 5 entries; publish the built remote only',
    );
    const big = await tarGz([file('big.js', 'x'.repeat(20_000))]);
    const error = await refusal(big, { entries: 10, uncompressedBytes: 10_000 });
    expect(error).toMatchObject({ status: 413, message: 'The bundle is larger than 0 MB uncompressed' });
  });

  it('refuses a file twice, an empty bundle, and a packed dist/ folder with a hint', async () => {
    expect((await refusal(await tarGz([file('a.js'), file('a.js')]))).message).toBe('the bundle contains a.js twice');
    expect((await refusal(gzipSync(Buffer.alloc(1024)))).message).toBe(
      'The bundle contains no files; pack the contents of dist/: tar -czf bundle.tar.gz -C dist .',
    );
    expect((await refusal(await tarGz([file('dist/mf-manifest.json')]))).message).toBe(
      'The bundle has dist/mf-manifest.json but no mf-manifest.json at its root; pack the contents of dist/: ' +
        'tar -czf bundle.tar.gz -C dist .',
    );
  });

  it('refuses a truncated archive', async () => {
    const truncated = gzipSync(gunzipSync(await tarGz([file('a.js', 'x'.repeat(5000))])).subarray(0, 1500));
    expect((await refusal(truncated)).message).toMatch(/^The bundle is not a valid tar archive \(/);
  });
});
