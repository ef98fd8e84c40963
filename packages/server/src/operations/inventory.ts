import type { Queryable } from '../db/database.js';

/** One service as an operator sees it: who publishes it, what is live, what else is recorded, how often it fails. */
interface InventoryService {
  id: string;
  issuer: { id: string; name: string; ico: string };
  activeVersion: string | null;
  /** Every other recorded version, newest publication first (drafts and earlier versions). */
  otherVersions: string[];
  withdrawn: boolean;
  /** Where the active version's files are served from: the portal's bundle store, or the issuer's own origin. */
  hostedAt: 'portal' | string | null;
  failureReports: { last24h: number; total: number };
}

export interface Inventory {
  generatedAt: string;
  services: InventoryService[];
}

/** The services of the catalogue with their versions and failure report counts (czp-admin inventory, the API). */
export async function loadInventory(db: Queryable, now: Date = new Date()): Promise<Inventory> {
  const rows = await db.query<{
    id: string;
    issuer_id: string;
    issuer_name: { cs?: string; en?: string };
    ico: string;
    active_version: string | null;
    withdrawn: boolean;
    versions: string[] | null;
    active_base_url: string | null;
    total: number;
    recent: number;
  }>(
    `select s.id, s.issuer_id, i.name as issuer_name, i.ico, s.active_version, s.withdrawn_at is not null as withdrawn,
            (select array_agg(v.version order by v.published_at desc, v.version desc) from service_versions v
              where v.service_id = s.id) as versions,
            (select v.base_url from service_versions v
              where v.service_id = s.id and v.version = s.active_version) as active_base_url,
            (select count(*)::int from remote_failure_reports r where r.service_id = s.id) as total,
            (select count(*)::int from remote_failure_reports r
              where r.service_id = s.id and r.created_at > $1::timestamptz - interval '24 hours') as recent
       from services s join issuers i on i.id = s.issuer_id
      order by s.id`,
    [now.toISOString()],
  );
  return {
    generatedAt: now.toISOString(),
    services: rows.map((row) => ({
      id: row.id,
      issuer: { id: row.issuer_id, name: row.issuer_name.cs ?? row.issuer_name.en ?? row.issuer_id, ico: row.ico },
      activeVersion: row.active_version,
      otherVersions: (row.versions ?? []).filter((version) => version !== row.active_version),
      withdrawn: row.withdrawn,
      hostedAt: row.active_version === null ? null : (row.active_base_url ?? 'portal'),
      failureReports: { last24h: row.recent, total: row.total },
    })),
  };
}

/** The inventory as lines for a terminal (czp-admin inventory). */
export function formatInventory(inventory: Inventory): string[] {
  if (inventory.services.length === 0) return ['No services are published.'];
  const lines = [`Services on ${inventory.generatedAt}:`, ''];
  for (const service of inventory.services) {
    const state = service.withdrawn
      ? 'withdrawn'
      : service.activeVersion
        ? `active ${service.activeVersion} (${service.hostedAt === 'portal' ? 'files on the portal' : `files at ${service.hostedAt}`})`
        : 'no active version';
    lines.push(`${service.id}  ${service.issuer.name} (${service.issuer.id}, IČO ${service.issuer.ico})`);
    lines.push(`  ${state}; other versions: ${service.otherVersions.join(', ') || 'none'}`);
    lines.push(
      `  failure reports: ${service.failureReports.last24h} in the last 24 hours, ${service.failureReports.total} in all`,
    );
  }
  return lines;
}
