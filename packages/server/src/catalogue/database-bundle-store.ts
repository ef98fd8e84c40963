import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { Database } from '../db/database.js';
import type { BundleStore, StoredFile } from './bundle-store.js';

/**
 * Published files in the database (table bundle_files), for several server processes on one PostgreSQL: a version
 * published through any replica is served by all of them. Each process keeps a local cache of file contents named by
 * their sha256 (content-addressed: two versions sharing a file share the entry), checked against the hash on every
 * read, so a damaged or foreign cache file is fetched again rather than served.
 *
 * Not for embedded PGlite while publishing: publishBundle() calls put() inside its own transaction, and PGlite runs
 * one transaction at a time (start.ts keeps the file store there).
 */
export class DatabaseBundleStore implements BundleStore {
  readonly cacheDir: string;

  /**
   * `fallback`: where versions published before this store was used keep their files (the file store of a portal
   * that ran on PostgreSQL before), read when the database has no row of the file.
   */
  constructor(
    private readonly db: Database,
    cacheDir: string,
    private readonly fallback?: BundleStore,
  ) {
    this.cacheDir = resolve(cacheDir);
  }

  async put(serviceId: string, version: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
    await this.db.transaction(async (tx) => {
      // A leftover of a publish whose record failed is not served (the database decides); replace it.
      await tx.query('delete from bundle_files where service_id = $1 and version = $2', [serviceId, version]);
      for (const [path, content] of files) {
        await tx.query(
          `insert into bundle_files (service_id, version, path, sha256, size, content)
           values ($1, $2, $3, $4, $5, $6)`,
          [serviceId, version, path, sha256(content), content.length, content],
        );
      }
    });
  }

  async remove(serviceId: string, version: string): Promise<void> {
    await this.db.query('delete from bundle_files where service_id = $1 and version = $2', [serviceId, version]);
  }

  async get(serviceId: string, version: string, path: string): Promise<StoredFile | null> {
    const [row] = await this.db.query<{ sha256: string; size: number }>(
      'select sha256, size from bundle_files where service_id = $1 and version = $2 and path = $3',
      [serviceId, version, path],
    );
    if (!row) return this.fallback ? this.fallback.get(serviceId, version, path) : null;
    const content = (await this.cached(row.sha256)) ?? (await this.fetch(serviceId, version, path, row.sha256));
    if (!content) return null;
    return {
      size: content.length,
      // The content is immutable under its hash: the hash is the signature.
      signature: row.sha256,
      stream: () => Readable.from([content]),
    };
  }

  /** The cached content of a hash, or null when it is absent or its bytes no longer have that hash. */
  private async cached(hash: string): Promise<Buffer | null> {
    const content = await readFile(this.cacheFile(hash)).catch(() => null);
    return content && sha256(content) === hash ? content : null;
  }

  private async fetch(serviceId: string, version: string, path: string, hash: string): Promise<Buffer | null> {
    const [row] = await this.db.query<{ content: Uint8Array }>(
      'select content from bundle_files where service_id = $1 and version = $2 and path = $3',
      [serviceId, version, path],
    );
    if (!row) return null;
    const content = Buffer.from(row.content);
    // What the database holds is served as it is; the serving route checks it against the recorded sha384.
    if (sha256(content) === hash) await this.remember(hash, content).catch(() => {});
    return content;
  }

  /** Written under a temporary name and renamed: a reader (or another process on the same cache) never sees half. */
  private async remember(hash: string, content: Buffer): Promise<void> {
    await mkdir(this.cacheDir, { recursive: true });
    const temp = join(this.cacheDir, `.${randomUUID()}.tmp`);
    try {
      await writeFile(temp, content, { flag: 'wx' });
      await rename(temp, this.cacheFile(hash));
    } finally {
      await rm(temp, { force: true });
    }
  }

  private cacheFile(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`Not a sha256: ${hash}`);
    return join(this.cacheDir, hash);
  }
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
