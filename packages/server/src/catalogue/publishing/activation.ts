import type { ActivationResult, ServiceVersions } from '@czp/contract';
import semver from 'semver';
import type { Database, Queryable } from '../../db/database.js';
import { PublishError } from './errors.js';
import { checkPublisherOwns, type Publisher } from './ownership.js';
import type { PublishedFile } from './publish.js';

interface ServiceRow {
  issuer_id: string;
  active_version: string | null;
  withdrawn_at: Date | string | null;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The service, locked for the rest of the transaction, after checking that the publisher owns it. */
async function ownedService(tx: Queryable, publisher: Publisher, serviceId: string, lock: boolean) {
  const [service] = await tx.query<ServiceRow>(
    `select issuer_id, active_version, withdrawn_at from services where id = $1${lock ? ' for update' : ''}`,
    [serviceId],
  );
  if (!service) {
    throw new PublishError(
      'unknown-service',
      `There is no service ${serviceId}; publish a first version with POST /api/publisher/services/${serviceId}/versions`,
    );
  }
  checkPublisherOwns(publisher, serviceId, undefined, service.issuer_id);
  return service;
}

/** Every published version of one of the publisher's services. */
export async function listVersions(db: Queryable, publisher: Publisher, serviceId: string): Promise<ServiceVersions> {
  const service = await ownedService(db, publisher, serviceId, false);
  const rows = await db.query<{
    version: string;
    published_at: Date | string;
    files: PublishedFile[];
    base_url: string | null;
  }>('select version, published_at, files, base_url from service_versions where service_id = $1', [serviceId]);
  const versions = rows
    .map((row) => ({
      version: row.version,
      publishedAt: new Date(row.published_at).toISOString(),
      active: row.version === service.active_version,
      files: row.files.length,
      size: row.files.reduce((sum, file) => sum + file.size, 0),
      ...(row.base_url ? { baseUrl: row.base_url } : {}),
    }))
    .sort((a, b) => semver.rcompare(a.version, b.version));
  return { serviceId, activeVersion: service.active_version, withdrawnAt: iso(service.withdrawn_at), versions };
}

/** Makes any published version the active one: a rollback, a draft going live, or a withdrawn service coming back. */
export async function activateVersion(
  db: Database,
  publisher: Publisher,
  serviceId: string,
  version: string,
): Promise<ActivationResult> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`czp-publish:${serviceId}`]);
    const service = await ownedService(tx, publisher, serviceId, true);
    const [row] = await tx.query<{ metadata: unknown }>(
      'select metadata from service_versions where service_id = $1 and version = $2',
      [serviceId, version],
    );
    if (!row) {
      throw new PublishError('unknown-version', `version ${version} of ${serviceId} is not published`, {
        field: 'version',
      });
    }
    const previousVersion = service.active_version;
    if (previousVersion === version) {
      return {
        serviceId,
        activeVersion: version,
        previousVersion,
        message: `version ${version} of ${serviceId} is already active`,
      };
    }
    await tx.query(
      `update services set active_version = $2, metadata = $3::jsonb, withdrawn_at = null, updated_at = now()
        where id = $1`,
      [serviceId, version, JSON.stringify(row.metadata)],
    );
    return {
      serviceId,
      activeVersion: version,
      previousVersion,
      message: previousVersion
        ? `version ${version} of ${serviceId} is now active instead of ${previousVersion}`
        : `version ${version} of ${serviceId} is now active; the service is in the catalogue`,
    };
  });
}

/** Takes a service out of the catalogue. Its versions and files stay: activating a version brings it back. */
export async function withdrawService(
  db: Database,
  publisher: Publisher,
  serviceId: string,
  now: Date,
): Promise<ActivationResult> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`czp-publish:${serviceId}`]);
    const service = await ownedService(tx, publisher, serviceId, true);
    const previousVersion = service.active_version;
    if (previousVersion === null) {
      return {
        serviceId,
        activeVersion: null,
        previousVersion,
        message: `${serviceId} is not in the catalogue; nothing changed`,
      };
    }
    await tx.query('update services set active_version = null, withdrawn_at = $2, updated_at = now() where id = $1', [
      serviceId,
      now,
    ]);
    return {
      serviceId,
      activeVersion: null,
      previousVersion,
      message:
        `${serviceId} is withdrawn from the catalogue (version ${previousVersion} was active); its versions stay ` +
        `published: activate one to bring it back`,
    };
  });
}
