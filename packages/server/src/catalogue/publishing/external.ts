import type { PublishResult } from '@czp/contract';
import type { Database } from '../../db/database.js';
import type { BundleStore } from '../bundle-store.js';
import { PublishError } from './errors.js';
import { fetchRemoteFile, REMOTE_FETCH_LIMITS, type RemoteFetchLimits } from './fetch-remote.js';
import { checkManifest, MANIFEST_FILE } from './manifest.js';
import type { Publisher } from './ownership.js';
import { checkBundlePath, prepareMetadata, publishBundle } from './publish.js';

export interface ExternalRemoteInput {
  /** The service's czp.service.json, unvalidated. */
  metadata: unknown;
  version: string;
  /** Where the built remote (its dist/) is served, ending with '/'. */
  baseUrl: string;
  activate?: boolean;
  publisher: Publisher;
  /** The origins the operator allows (CZP_REMOTE_ORIGINS). */
  allowedOrigins: readonly string[];
  limits?: RemoteFetchLimits;
}

/** Files fetched at once from the issuer's origin. */
const PARALLEL_FETCHES = 4;

/** Refuses a base URL that is not an http(s) folder URL on an allow-listed origin, before anything is fetched. */
function checkBaseUrl(baseUrl: string, allowedOrigins: readonly string[]): void {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new PublishError('origin-not-allowed', `baseUrl "${baseUrl}" is not an absolute URL`, { field: 'baseUrl' });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    throw new PublishError('origin-not-allowed', `baseUrl "${baseUrl}" must be an http(s) URL without credentials`, {
      field: 'baseUrl',
    });
  }
  if (!allowedOrigins.includes(url.origin)) {
    throw new PublishError(
      'origin-not-allowed',
      `${url.origin} is not an allowed origin for remotes; the operator allows origins with CZP_REMOTE_ORIGINS` +
        (allowedOrigins.length ? ` (allowed now: ${allowedOrigins.join(', ')})` : ' (none are allowed now)'),
      { field: 'baseUrl' },
    );
  }
  if (url.href !== baseUrl || url.search || url.hash || !baseUrl.endsWith('/')) {
    throw new PublishError(
      'origin-not-allowed',
      `baseUrl must be the normalised URL of the folder the remote's files are in, ending with "/", without a query ` +
        `(for example ${url.origin}/czp/telc/1.2.0/); got "${baseUrl}"`,
      { field: 'baseUrl' },
    );
  }
}

/**
 * Registers a version of a remote the issuer hosts on its own, allow-listed origin: fetches its mf-manifest.json,
 * checks it like an uploaded one, fetches every script and style it names (and the logo) and records their sha384.
 * The browser then refuses any of those files whose bytes change later. Nothing is written to the bundle store. The
 * publishing rules are those of an upload (issuer, higher version, immutable versions, all or nothing).
 */
export async function registerExternalRemote(
  db: Database,
  store: BundleStore,
  input: ExternalRemoteInput,
): Promise<PublishResult & { baseUrl: string }> {
  const { baseUrl } = input;
  const limits = input.limits ?? REMOTE_FETCH_LIMITS;
  const labels = { metadata: 'metadata', bundle: baseUrl.replace(/\/$/, '') };
  const { metadata, version } = prepareMetadata({ metadata: input.metadata, version: input.version, labels });
  checkBaseUrl(baseUrl, input.allowedOrigins);

  const manifest = await fetchRemoteFile(new URL(MANIFEST_FILE, baseUrl).href, limits);
  // The contract first (./app, shared singletons), with any file taken as present: a wrong remote is refused
  // before its files are fetched. publishBundle checks it again against the files actually fetched.
  const facts = checkManifest(
    manifest,
    { has: () => true },
    { bundle: labels.bundle, serviceId: metadata.id, version, baseUrl },
  );
  const paths = [...facts.listedPaths, ...(metadata.logo ? [metadata.logo] : [])];
  for (const path of paths) checkBundlePath(path, `${labels.bundle}/${MANIFEST_FILE}`);

  const files = new Map<string, Buffer>([[MANIFEST_FILE, manifest]]);
  let total = manifest.length;
  const queue = [...new Set(paths)];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      try {
        const content = await fetchRemoteFile(new URL(path, baseUrl).href, limits);
        total += content.length;
        if (total > limits.totalBytes) {
          throw new PublishError(
            'remote-too-large',
            `The files at ${baseUrl} add up to more than ${limits.totalBytes / (1024 * 1024)} MB`,
            { file: labels.bundle },
          );
        }
        files.set(path, content);
      } catch (error) {
        queue.length = 0; // the others stop fetching: the registration is refused anyway
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, queue.length) }, worker));

  const result = await publishBundle(db, store, {
    metadata,
    version,
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    labels,
    ...(input.activate === undefined ? {} : { activate: input.activate }),
    publisher: input.publisher,
    baseUrl,
  });
  return { ...result, baseUrl };
}
