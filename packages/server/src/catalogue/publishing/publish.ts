import { createHash } from 'node:crypto';
import type { PublishResult, ServiceMetadata } from '@czp/contract';
import {
  checkBundle,
  checkMetadata,
  checkBundlePath as gateCheckBundlePath,
  resolveLabels,
} from '@czp/publishing-gate';
import semver from 'semver';
import type { Database, Queryable } from '../../db/database.js';
import type { BundleStore } from '../bundle-store.js';
import { PublishError, throughGate } from './errors.js';
import { checkPublisherOwns, type Publisher } from './ownership.js';

export interface PublishedFile {
  path: string;
  size: number;
  /** Subresource Integrity: sha384-<base64> */
  integrity: string;
}

export interface PublishInput {
  /** The service's czp.service.json, unvalidated. */
  metadata: unknown;
  version: string;
  /** Bundle files by POSIX path relative to the bundle root (the remote's dist/). */
  files: ReadonlyMap<string, Buffer>;
  /** How error messages name the inputs, e.g. remotes/telc/czp.service.json. */
  labels?: { metadata?: string; version?: string; bundle?: string };
  /** false: store the version as a draft and keep the active one. Default true. */
  activate?: boolean;
  /** Set when publishing through the API: only this issuer's services, and its registered IČO. */
  publisher?: Publisher;
  /**
   * A remote on the issuer's own origin (ends with '/'): `files` were fetched from it, its URLs are under it, and
   * nothing is written to the bundle store; only the hashes are recorded.
   */
  baseUrl?: string;
}

export { isBuildByProduct } from '@czp/publishing-gate';

/** Refuses a path that is absolute, climbs out of the bundle, or has characters a URL cannot carry plainly. */
export function checkBundlePath(path: string, bundle = 'the bundle'): void {
  throughGate(() => gateCheckBundlePath(path, bundle));
}

export function sriIntegrity(content: Buffer): string {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

export function remoteUrl(serviceId: string, version: string, path: string): string {
  return `/remotes/${serviceId}/${version}/${path}`;
}

/** Validates metadata and version (nothing of the bundle yet): cheap, so it comes before anything is fetched. */
export function prepareMetadata(input: Pick<PublishInput, 'metadata' | 'version' | 'labels'>) {
  const labels = resolveLabels(input.labels);
  const { metadata, version } = throughGate(() => checkMetadata(input, labels));
  return { metadata, version, labels };
}

/**
 * Validates metadata, version and bundle without touching anything: the publishing gate (@czp/publishing-gate, the
 * same checks `czp check` runs), then what publishing needs of the files.
 */
function preparePublish(input: PublishInput) {
  const { metadata, version, labels, files, facts } = throughGate(() =>
    checkBundle({
      metadata: input.metadata,
      version: input.version,
      files: input.files,
      ...(input.labels ? { labels: input.labels } : {}),
      ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}),
    }),
  );
  const published: PublishedFile[] = [...files]
    .map(([path, content]) => ({ path, size: content.length, integrity: sriIntegrity(content) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const urlOf = (path: string) =>
    input.baseUrl ? new URL(path, input.baseUrl).href : remoteUrl(metadata.id, version, path);
  const preload = { js: facts.preloadPaths.js.map(urlOf), css: facts.preloadPaths.css.map(urlOf) };
  return { metadata, version, files, published, preload, facts, labels };
}

const sameFiles = (a: PublishedFile[], b: PublishedFile[]) =>
  a.length === b.length && a.every((file, i) => file.path === b[i]?.path && file.integrity === b[i]?.integrity);

/** Canonical JSON (sorted keys) so stored jsonb and fresh metadata compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The highest of some versions, or null. */
function highestVersion(versions: readonly string[]): string | null {
  return versions.reduce<string | null>((max, v) => (max === null || semver.gt(v, max) ? v : max), null);
}

/**
 * Publishes one version of a remote: validates it, writes its files to the store, records it and (unless
 * `activate: false`) makes it the active version. A new version must be higher than every published one. The same
 * version with the same files and metadata is a no-op; anything else under an existing version is refused (versions
 * are immutable). All or nothing: a refusal changes nothing already published. Throws PublishError on refusal.
 */
export async function publishBundle(db: Database, store: BundleStore, input: PublishInput): Promise<PublishResult> {
  const prepared = preparePublish(input);
  const { metadata, version, published, preload, facts, labels } = prepared;
  const id = metadata.id;
  const bump = input.labels?.version ? `bump the version in ${input.labels.version}` : 'bump the version';
  const { publisher } = input;
  const baseUrl = input.baseUrl ?? null;

  let wroteFiles = false;
  try {
    return await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`czp-publish:${id}`]);
      const [service] = await tx.query<{ issuer_id: string; active_version: string | null }>(
        'select issuer_id, active_version from services where id = $1 for update',
        [id],
      );
      if (publisher) {
        checkPublisherOwns(publisher, id, metadata.issuer.id, service?.issuer_id);
        await checkRegisteredIssuer(tx, metadata, labels.metadata);
      } else if (service && service.issuer_id !== metadata.issuer.id) {
        throw new PublishError(
          'issuer-mismatch',
          `${labels.metadata}: the service "${id}" is published by the issuer "${service.issuer_id}", ` +
            `not "${metadata.issuer.id}"; a publisher can publish only its own services`,
          { file: labels.metadata, field: 'issuer.id' },
        );
      }
      const versions = await tx.query<{
        version: string;
        files: PublishedFile[];
        metadata: unknown;
        base_url: string | null;
      }>('select version, files, metadata, base_url from service_versions where service_id = $1', [id]);
      const existing = versions.find((row) => row.version === version);
      if (existing) {
        const sameMetadata = canonical(existing.metadata) === canonical(metadata);
        if (!sameFiles(existing.files, published) || !sameMetadata || existing.base_url !== baseUrl) {
          const what =
            existing.base_url !== baseUrl
              ? `files at ${existing.base_url ?? 'the portal (uploaded)'}`
              : sameMetadata
                ? 'different files'
                : 'different metadata';
          throw new PublishError(
            'version-conflict',
            `version ${version} of ${id} is already published with ${what}; versions are immutable: ${bump}`,
            { file: labels.version, field: 'version' },
          );
        }
        const activeVersion = service?.active_version ?? null;
        return {
          status: 'unchanged' as const,
          serviceId: id,
          version,
          active: activeVersion === version,
          activeVersion,
          files: published.length,
          message: `version ${version} of ${id} is already published with the same files`,
        };
      }
      const latest = highestVersion(versions.map((row) => row.version));
      if (latest !== null && !semver.gt(version, latest)) {
        throw new PublishError(
          'version-not-higher',
          `Version ${version} is not higher than the latest published version ${latest}; ${bump}`,
          { file: labels.version, field: 'version' },
        );
      }

      if (!baseUrl) {
        await store.put(id, version, prepared.files);
        wroteFiles = true;
      }

      const activeBefore = service?.active_version ?? null;
      const activate = input.activate !== false;
      if (!publisher) {
        await tx.query(
          `insert into issuers (id, name, ico) values ($1, $2::jsonb, $3)
           on conflict (id) do update set name = excluded.name, ico = excluded.ico, updated_at = now()`,
          [metadata.issuer.id, JSON.stringify(metadata.issuer.name), metadata.issuer.ico],
        );
      }
      if (!service) {
        await tx.query('insert into services (id, issuer_id, metadata) values ($1, $2, $3::jsonb)', [
          id,
          metadata.issuer.id,
          JSON.stringify(metadata),
        ]);
      }
      await tx.query(
        `insert into service_versions (service_id, version, metadata, manifest, files, preload, entry_path, base_url)
         values ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6::jsonb, $7, $8)`,
        [
          id,
          version,
          JSON.stringify(metadata),
          JSON.stringify(facts.manifest),
          JSON.stringify(published),
          JSON.stringify(preload),
          facts.entryPath,
          baseUrl,
        ],
      );
      if (activate) {
        await tx.query(
          `update services set active_version = $2, metadata = $3::jsonb, withdrawn_at = null, updated_at = now()
            where id = $1`,
          [id, version, JSON.stringify(metadata)],
        );
      }
      const activeVersion = activate ? version : activeBefore;
      return {
        status: 'published' as const,
        serviceId: id,
        version,
        active: activate,
        activeVersion,
        files: published.length,
        message: activate
          ? `published version ${version} of ${id}; it is now active`
          : `published version ${version} of ${id} as a draft; ` +
            (activeBefore ? `version ${activeBefore} stays active` : 'the service is not in the catalogue yet'),
      };
    });
  } catch (error) {
    if (wroteFiles) await store.remove(id, version).catch(() => {});
    throw error;
  }
}

/** Through the API, the issuer is the one the operator registered: its IČO is not the publisher's to change. */
async function checkRegisteredIssuer(tx: Queryable, metadata: ServiceMetadata, label: string): Promise<void> {
  const [issuer] = await tx.query<{ ico: string }>('select ico from issuers where id = $1', [metadata.issuer.id]);
  if (issuer && issuer.ico !== metadata.issuer.ico) {
    throw new PublishError(
      'invalid-metadata',
      `${label}: issuer.ico is ${metadata.issuer.ico}, but ${metadata.issuer.id} is registered with the IČO ` +
        `${issuer.ico}; correct czp.service.json, or ask the portal operator if the IČO changed`,
      { file: label, field: 'issuer.ico' },
    );
  }
}
