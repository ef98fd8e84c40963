import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

export interface StoredFile {
  size: number;
  /** Changes whenever the stored bytes may have changed (file system: inode, size, mtime, ctime). */
  signature?: string;
  stream(): Readable;
}

/**
 * Where published remote files live. Versions are immutable: `put` writes a whole version at once.
 * The file-system store is the default; a CDN-style store can implement the same interface later.
 */
export interface BundleStore {
  /** Writes every file of a version atomically (all or nothing). Replaces an unrecorded leftover of a failed publish. */
  put(serviceId: string, version: string, files: ReadonlyMap<string, Buffer>): Promise<void>;
  /** Removes a version (only used to clean up a publish that could not be recorded). */
  remove(serviceId: string, version: string): Promise<void>;
  /** One file of a version, or null. `path` must already be a known file of the version. */
  get(serviceId: string, version: string, path: string): Promise<StoredFile | null>;
}

/** `<root>/<serviceId>/<version>/<path>`; written to a temporary folder first, then renamed into place. */
export class FileBundleStore implements BundleStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private versionDir(serviceId: string, version: string): string {
    const dir = resolve(this.root, serviceId, version);
    if (!dir.startsWith(this.root + sep) || serviceId.includes('/') || version.includes('/')) {
      throw new Error(`Invalid service id or version: ${serviceId}@${version}`);
    }
    return dir;
  }

  private fileIn(versionDir: string, path: string): string {
    const file = resolve(versionDir, path);
    if (!file.startsWith(versionDir + sep)) throw new Error(`File path escapes the bundle: ${path}`);
    return file;
  }

  async put(serviceId: string, version: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
    const target = this.versionDir(serviceId, version);
    const temp = join(this.root, '.tmp', `${serviceId}-${version}-${randomUUID()}`);
    try {
      for (const [path, content] of files) {
        const file = this.fileIn(temp, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, content, { flag: 'wx' });
      }
      await mkdir(temp, { recursive: true });
      await mkdir(dirname(target), { recursive: true });
      // A leftover of a publish whose database record failed is not served (the database decides); replace it.
      const trash = `${temp}.old`;
      const hadLeftover = await rename(target, trash).then(
        () => true,
        () => false,
      );
      await rename(temp, target);
      if (hadLeftover) await rm(trash, { recursive: true, force: true });
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  async remove(serviceId: string, version: string): Promise<void> {
    await rm(this.versionDir(serviceId, version), { recursive: true, force: true });
  }

  async get(serviceId: string, version: string, path: string): Promise<StoredFile | null> {
    let file: string;
    try {
      file = this.fileIn(this.versionDir(serviceId, version), path);
    } catch {
      return null;
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    return {
      size: info.size,
      signature: `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`,
      stream: () => createReadStream(file),
    };
  }
}
