import type { DataCategory, LevelOfAssurance, ServiceMetadata } from '@czp/contract';
import type { ReaderRef } from '@czp/service-bus';
import type { Queryable } from '../db/database.js';

export type ServiceReader = Extract<ReaderRef, { kind: 'service' }>;

/**
 * A catalogue service as a reader of one citizen's registers, or null when the catalogue has no active version of it
 * (unknown or withdrawn). Its name, `dataReads` and required level are those of the active version: what the citizen
 * was shown when they added it, so a new version widens its reads only once it is activated. `consented`: the
 * citizen added it to their services.
 */
export async function serviceReader(
  db: Queryable,
  serviceId: string,
  personId: string,
): Promise<{ reader: ServiceReader; requiredLevel: LevelOfAssurance | undefined } | null> {
  const [row] = await db.query<{ metadata: ServiceMetadata; added: boolean }>(
    `select v.metadata,
            exists (select 1 from citizen_services c where c.person_id = $2 and c.service_id = s.id) as added
       from services s join service_versions v on v.service_id = s.id and v.version = s.active_version
      where s.id = $1`,
    [serviceId, personId],
  );
  if (!row) return null;
  const declared: readonly DataCategory[] = row.metadata.dataReads ?? [];
  return {
    reader: {
      kind: 'service',
      id: serviceId,
      name: { cs: row.metadata.name.cs, en: row.metadata.name.en },
      declared,
      consented: row.added,
    },
    requiredLevel: row.metadata.requiredLevel,
  };
}
