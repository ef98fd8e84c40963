import { createHash } from 'node:crypto';
import type { Catalogue, CatalogueEntry, ServiceMetadata } from '@czp/contract';
import type { Queryable } from '../../db/database.js';
import type { PublishedFile } from '../publishing/publish.js';
import { remoteUrl } from '../publishing/publish.js';

const czech = new Intl.Collator('cs');

/** Every service with an active version, as the shell sees it, sorted by Czech name. */
export async function loadCatalogue(db: Queryable): Promise<Catalogue> {
  const rows = await db.query<{
    id: string;
    metadata: ServiceMetadata;
    version: string;
    federation_name: string;
    entry_path: string;
    preload: { js: string[]; css: string[] };
    files: PublishedFile[];
    published_at: Date | string;
    base_url: string | null;
  }>(
    `select s.id, v.metadata, v.version, v.manifest->>'name' as federation_name, v.entry_path, v.preload, v.files,
            v.published_at, v.base_url
       from services s join service_versions v on v.service_id = s.id and v.version = s.active_version`,
  );
  const services: CatalogueEntry[] = rows.map((row) => {
    const url = fileUrl(row.id, row.version, row.base_url);
    return {
      ...row.metadata,
      version: row.version,
      manifestUrl: url('mf-manifest.json'),
      entryUrl: url(row.entry_path),
      federationName: row.federation_name,
      // Stored as URLs at publishing (absolute ones for a remote on the issuer's origin).
      preload: row.preload,
      integrity: integrityOf(row.files, url),
      ...(row.metadata.logo ? { logoUrl: url(row.metadata.logo) } : {}),
      publishedAt: new Date(row.published_at).toISOString(),
    };
  });
  services.sort((a, b) => czech.compare(a.name.cs, b.name.cs) || (a.id < b.id ? -1 : 1));
  return { services };
}

/** URLs of a version's files: under /remotes/ when the portal serves it, under its base URL on the issuer's origin. */
function fileUrl(serviceId: string, version: string, baseUrl: string | null): (path: string) => string {
  return baseUrl ? (path) => new URL(path, baseUrl).href : (path) => remoteUrl(serviceId, version, path);
}

/** The scripts and styles of a version with their SRI hashes: what the shell may load, and nothing else. */
function integrityOf(files: PublishedFile[], url: (path: string) => string): Record<string, string> {
  return Object.fromEntries(
    files.filter((file) => /\.(m?js|css)$/.test(file.path)).map((file) => [url(file.path), file.integrity]),
  );
}

/** Strong ETag of a response body. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Files of a recorded version (immutable, so cached), or null when the version is not published. */
export class VersionFiles {
  private readonly cache = new Map<string, Map<string, PublishedFile>>();
  private readonly db: Queryable;

  constructor(db: Queryable) {
    this.db = db;
  }

  async get(serviceId: string, version: string): Promise<Map<string, PublishedFile> | null> {
    const key = `${serviceId}@${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const [row] = await this.db.query<{ files: PublishedFile[] }>(
      'select files from service_versions where service_id = $1 and version = $2',
      [serviceId, version],
    );
    if (!row) return null;
    const files = new Map(row.files.map((file) => [file.path, file]));
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(key, files);
    return files;
  }
}
