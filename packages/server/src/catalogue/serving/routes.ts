import { extname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../db/database.js';
import { acceptedCoding } from '../../http/encoding.js';
import { Refusal } from '../../http/refusal.js';
import type { BundleStore } from '../bundle-store.js';
import { checkBundlePath } from '../publishing/publish.js';
import { VersionFiles } from './catalogue.js';
import { catalogueCacheOf } from './catalogue-cache.js';
import { IntegrityVerifier } from './integrity.js';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Something in the raw URL that tries to leave the version folder, before any decoding or normalising. */
function looksLikeTraversal(rawUrl: string): boolean {
  const path = rawUrl.split('?')[0] ?? '';
  return /(^|\/|%2f)(\.|%2e){2}(\/|%2f|%5c|$)/i.test(path) || /\\|%5c|%00/i.test(path);
}

/**
 * GET /api/catalogue: the services with an active version, as the shell lists them (ETag, revalidated each time).
 * GET /remotes/:serviceId/:version/*: files of recorded versions only, straight from the bundle store.
 */
export function registerServingRoutes(app: FastifyInstance, deps: { db: Queryable; store: BundleStore }): void {
  const versions = new VersionFiles(deps.db);
  const integrity = new IntegrityVerifier();

  const catalogues = catalogueCacheOf(deps.db);

  // Built and compressed once per catalogue version (catalogue-cache.ts); a request costs one small query.
  app.get('/api/catalogue', { compress: false }, async (request, reply) => {
    const cached = await catalogues.get();
    reply.header('ETag', cached.etag).header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding');
    const inm = request.headers['if-none-match'];
    if (inm?.split(',').some((tag) => tag.trim() === cached.etag)) return reply.code(304).send();
    reply.type('application/json; charset=utf-8');
    const coding = acceptedCoding(request.headers['accept-encoding'], ['br', 'gzip']);
    if (!coding) return reply.send(cached.json);
    return reply.header('Content-Encoding', coding).send(await cached.encodedAs(coding));
  });

  app.get<{ Params: { serviceId: string; version: string; '*': string } }>(
    '/remotes/:serviceId/:version/*',
    async (request, reply) => {
      const { serviceId, version } = request.params;
      const path = request.params['*'];
      if (looksLikeTraversal(request.raw.url ?? '')) {
        throw new Refusal(400, 'bad-path', 'A remote file path may not leave its version folder');
      }
      try {
        checkBundlePath(path);
      } catch {
        throw new Refusal(400, 'bad-path', `"${path}" is not a valid remote file path`);
      }
      const files = await versions.get(serviceId, version);
      if (!files) {
        const [service] = await deps.db.query('select 1 from services where id = $1', [serviceId]);
        throw new Refusal(
          404,
          'not-found',
          service
            ? `Version ${version} of the service "${serviceId}" is not published`
            : `There is no published service "${serviceId}"`,
        );
      }
      const file = files.get(path);
      if (!file) {
        throw new Refusal(404, 'not-found', `Version ${version} of "${serviceId}" has no file "${path}"`);
      }
      const etag = `"${file.integrity}"`;
      const cacheControl = path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      const inm = request.headers['if-none-match'];
      if (inm?.split(',').some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`)) {
        return reply.code(304).header('ETag', etag).header('Cache-Control', cacheControl).send();
      }
      const stored = await deps.store.get(serviceId, version, path);
      if (!stored) {
        request.log.error({ serviceId, version, path }, 'a published remote file is missing from the bundle store');
        throw new Refusal(404, 'not-found', `The file "${path}" of ${serviceId} ${version} is missing from storage`);
      }
      const verified = await integrity.open(`${serviceId}@${version}/${path}`, stored, file.integrity);
      if (!verified.ok) {
        request.log.error(
          { serviceId, version, path, recorded: file.integrity, actual: verified.actual },
          'a published remote file does not match the sha384 recorded when it was published (changed on disk); ' +
            'it is not served',
        );
        throw new Refusal(
          502,
          'integrity',
          `The file "${path}" of ${serviceId} ${version} does not match what was published, so it is not served`,
        );
      }
      reply.header('ETag', etag).header('Cache-Control', cacheControl).type(contentTypeOf(path));
      return reply.send(verified.body);
    },
  );
}
