import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib';
import type { Catalogue } from '@czp/contract';
import type { Queryable } from '../../db/database.js';
import type { ContentCoding } from '../../http/encoding.js';
import { etagOf, loadCatalogue } from './catalogue.js';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The catalogue's version: each service's row as it is now (its `xmin`, the transaction that last wrote it).
 * Publishing with activation, activating and withdrawing all update the service's row, and a service published
 * again after it was deleted is a new row; a version's row never changes once written (versions are immutable). So
 * every change of what `loadCatalogue` answers changes this, whichever process or replica (or operator's SQL through
 * the services table) made it. Only the services table: with the join to the versions it costs three times as much
 * on PGlite, at every request.
 */
const VERSION_SQL = `select coalesce(string_agg(id || ':' || xmin::text, ',' order by id), '') as version from services`;

/** One version of the catalogue, read once, with its JSON serialized and compressed once (on first use). */
export class CachedCatalogue {
  readonly json: string;
  readonly etag: string;
  private readonly encoded = new Map<ContentCoding, Promise<Buffer>>();

  constructor(
    /** Short and opaque: part of the page cache's keys. */
    readonly version: string,
    readonly catalogue: Catalogue,
  ) {
    this.json = JSON.stringify(catalogue);
    this.etag = etagOf(this.json);
  }

  /** The JSON in a content coding, at the highest quality: it is compressed once per catalogue version, not per request. */
  encodedAs(coding: ContentCoding): Promise<Buffer> {
    let body = this.encoded.get(coding);
    if (!body) {
      body =
        coding === 'br'
          ? brotli(this.json, {
              params: {
                [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
                [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
              },
            })
          : gzipAsync(this.json, { level: 9 });
      this.encoded.set(coding, body);
      body.catch(() => this.encoded.delete(coding));
    }
    return body;
  }
}

/**
 * A read that starts after the call: callers arriving while one is in flight (it may have started before what they
 * must see was committed) share the next one. So a burst of requests costs one query or two, and none is answered
 * from a read older than itself.
 */
class FreshRead<T> {
  private inFlight: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.queued) return this.queued;
    if (!this.inFlight) return this.begin();
    const settled = () => undefined;
    const queued = this.inFlight.then(settled, settled).then(() => {
      this.queued = null;
      return this.begin();
    });
    this.queued = queued;
    return queued;
  }

  private begin(): Promise<T> {
    const read = this.read();
    this.inFlight = read;
    const clear = () => {
      if (this.inFlight === read) this.inFlight = null;
    };
    read.then(clear, clear);
    return read;
  }
}

/**
 * The catalogue as `GET /api/catalogue` and the page serve it, kept per catalogue version: each request asks the
 * database only for the version (one small query, shared by concurrent requests), and the services, their JSON and
 * its compressed forms are built again only when it changed.
 */
export class CatalogueCache {
  private readonly version: FreshRead<string>;
  private current: CachedCatalogue | null = null;
  private loading: { version: string; entry: Promise<CachedCatalogue> } | null = null;

  constructor(private readonly db: Queryable) {
    this.version = new FreshRead(async () => {
      const [row] = await db.query<{ version: string }>(VERSION_SQL);
      // Hashed: the raw text grows with the services, and it ends up in keys.
      return createHash('sha256')
        .update(row?.version ?? '')
        .digest('base64url')
        .slice(0, 22);
    });
  }

  /** The catalogue of the version the database has now. Throws what the database throws (unavailable, …). */
  async get(): Promise<CachedCatalogue> {
    const version = await this.version.get();
    if (this.current?.version === version) return this.current;
    if (this.loading?.version === version) return this.loading.entry;
    const loading = {
      version,
      // Read after the version: it is that version or a later one, and a later one is seen as a change next time.
      entry: loadCatalogue(this.db).then((catalogue) => new CachedCatalogue(version, catalogue)),
    };
    this.loading = loading;
    const done = (entry?: CachedCatalogue) => {
      if (this.loading !== loading) return; // a newer version is being read: that one becomes current
      this.loading = null;
      if (entry) this.current = entry;
    };
    loading.entry.then(done, () => done());
    return loading.entry;
  }
}

const caches = new WeakMap<Queryable, CatalogueCache>();

/** The one catalogue cache of a database: the catalogue's route and the page share it. */
export function catalogueCacheOf(db: Queryable): CatalogueCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new CatalogueCache(db);
    caches.set(db, cache);
  }
  return cache;
}
