import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { extract, type Header } from 'tar-stream';
import { Refusal } from '../../http/refusal.js';
import { checkBundlePath } from '../publishing/publish.js';

export interface ArchiveLimits {
  /** Bytes of the tar once decompressed. */
  uncompressedBytes: number;
  /** Entries of the tar, folders included. */
  entries: number;
}

const ARCHIVE_LIMITS: ArchiveLimits = { uncompressedBytes: 50 * 1024 * 1024, entries: 1000 };

const gunzipAsync = promisify(gunzip);
const HOW_TO_PACK = 'pack the contents of dist/: tar -czf bundle.tar.gz -C dist .';

/** Entry types a bundle may not contain: a link or a device could make a file point outside the bundle. */
const FORBIDDEN: Partial<Record<Header['type'], string>> = {
  symlink: 'a symbolic link',
  link: 'a hard link',
  'character-device': 'a device file',
  'block-device': 'a device file',
  fifo: 'a named pipe',
};

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Reads a gzip-compressed tar of a remote's dist/ in memory: regular files only, paths relative to dist/ (a leading
 * ./ is dropped), within the limits. Throws Refusal (or PublishError for a path that escapes the bundle).
 */
export async function readBundleArchive(
  archive: Buffer,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): Promise<Map<string, Buffer>> {
  if (archive.length < 2 || archive[0] !== 0x1f || archive[1] !== 0x8b) {
    throw new Refusal(400, 'invalid-bundle', `The bundle is not gzip-compressed; ${HOW_TO_PACK}`, 'bundle');
  }
  let tarball: Buffer;
  try {
    // maxOutputLength stops a decompression bomb before it takes the memory.
    tarball = await gunzipAsync(archive, { maxOutputLength: limits.uncompressedBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new Refusal(
        413,
        'too-large',
        `The bundle is larger than ${megabytes(limits.uncompressedBytes)} uncompressed`,
        'bundle',
      );
    }
    throw new Refusal(
      400,
      'invalid-bundle',
      `The bundle is not valid gzip (${(error as Error).message}); ${HOW_TO_PACK}`,
      'bundle',
    );
  }

  const files = new Map<string, Buffer>();
  const extractor = extract();
  const entries = extractor[Symbol.asyncIterator]();
  extractor.end(tarball);
  let count = 0;
  try {
    for (let next = await entries.next(); !next.done; next = await entries.next()) {
      const entry = next.value;
      const header = entry.header;
      count += 1;
      if (count > limits.entries) {
        throw new Refusal(
          413,
          'too-large',
          `The bundle has more than ${limits.entries} entries; publish the built remote only`,
          'bundle',
        );
      }
      const path = header.name.replace(/^\.\//, '').replace(/\/+$/, '');
      const forbidden = header.type ? FORBIDDEN[header.type] : undefined;
      if (forbidden) {
        throw new Refusal(
          400,
          'invalid-bundle',
          `the bundle contains ${forbidden} at ${path}; only regular files can be published`,
          'bundle',
        );
      }
      if (header.type === 'directory') {
        if (path !== '' && path !== '.') checkBundlePath(path, 'bundle');
        entry.resume();
        continue;
      }
      if (header.type !== 'file' && header.type !== 'contiguous-file') {
        throw new Refusal(
          400,
          'invalid-bundle',
          `the bundle contains an entry of the type ${header.type ?? 'unknown'} at ${path}; only regular files can be published`,
          'bundle',
        );
      }
      checkBundlePath(path, 'bundle');
      if (files.has(path)) {
        throw new Refusal(400, 'invalid-bundle', `the bundle contains ${path} twice`, 'bundle');
      }
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      files.set(path, Buffer.concat(chunks));
    }
  } catch (error) {
    await entries.return?.();
    if (error instanceof Error && error.name !== 'Refusal' && error.name !== 'PublishError') {
      throw new Refusal(
        400,
        'invalid-bundle',
        `The bundle is not a valid tar archive (${error.message}); ${HOW_TO_PACK}`,
        'bundle',
      );
    }
    throw error;
  }
  if (files.size === 0) {
    throw new Refusal(400, 'invalid-bundle', `The bundle contains no files; ${HOW_TO_PACK}`, 'bundle');
  }
  const nested = [...files.keys()].find((path) => path.endsWith('/mf-manifest.json'));
  if (!files.has('mf-manifest.json') && nested) {
    throw new Refusal(
      400,
      'invalid-bundle',
      `The bundle has ${nested} but no mf-manifest.json at its root; ${HOW_TO_PACK}`,
      'bundle',
    );
  }
  return files;
}
