import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { CliError } from './errors.js';

/** One file in a bundle. */
interface PackedFile {
  /** Relative to dist/, POSIX separators, e.g. "assets/app-CWcZQj0o.js". */
  path: string;
  size: number;
}

/** dist/'s contents as a gzip-compressed tar, in memory. */
export interface PackedBundle {
  /** The .tar.gz bytes. */
  data: Buffer;
  files: PackedFile[];
  /** The files' total size before packing. */
  contentSize: number;
}

export interface PackOptions {
  /** How messages name dist/, e.g. "remotes/telc/dist". */
  label?: string;
}

/** Build by-products Vite leaves in dist/ that the server ignores: never packed. */
export function isBuildByProduct(relativePath: string): boolean {
  return (
    relativePath === '.vite' ||
    relativePath.startsWith('.vite/') ||
    relativePath === 'mf-stats.json' ||
    relativePath === 'index.html'
  );
}

interface FoundFile {
  path: string;
  absolute: string;
}

/** Regular files under root, sorted, by-products left out; a symbolic link or any other kind of entry is refused. */
async function listFiles(root: string, label: string, relativeDir = ''): Promise<FoundFile[]> {
  const entries = await readdir(path.join(root, relativeDir), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: FoundFile[] = [];
  for (const entry of entries) {
    const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    if (isBuildByProduct(relative)) continue;
    const absolute = path.join(root, relative);
    if (entry.isSymbolicLink()) {
      throw new CliError(
        `${label}/${relative} is a symbolic link: czp does not follow links; put the file itself into dist/ (or rebuild)`,
      );
    }
    if (entry.isDirectory()) {
      files.push(...(await listFiles(root, label, relative)));
    } else if (entry.isFile()) {
      files.push({ path: relative, absolute });
    } else {
      throw new CliError(`${label}/${relative} is not a regular file or folder: remove it from dist/`);
    }
  }
  return files;
}

/** Packs the contents of distDir (not the folder itself) into a .tar.gz in memory. */
export async function packDist(distDir: string, options: PackOptions = {}): Promise<PackedBundle> {
  const label = options.label ?? distDir;
  const found = await listFiles(distDir, label);
  if (found.length === 0) throw new CliError(`${label} has no files to publish: run \`pnpm build\` first`);

  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();

  const files: PackedFile[] = [];
  let contentSize = 0;
  for (const file of found) {
    // lstat again: a file swapped for a link after the listing is still refused.
    const stats = await lstat(file.absolute);
    if (!stats.isFile())
      throw new CliError(`${label}/${file.path} is no longer a regular file: czp does not follow links`);
    const content = await readFile(file.absolute);
    await new Promise<void>((resolve, reject) => {
      pack.entry(
        { name: file.path, type: 'file', mode: 0o644, size: content.length, mtime: stats.mtime },
        content,
        (error) => (error ? reject(error) : resolve()),
      );
    });
    files.push({ path: file.path, size: content.length });
    contentSize += content.length;
  }
  pack.finalize();
  await collected;
  return { data: gzipSync(Buffer.concat(chunks), { level: 9 }), files, contentSize };
}
