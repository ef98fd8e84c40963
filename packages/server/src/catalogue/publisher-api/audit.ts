import type { Queryable } from '../../db/database.js';

export type AuditAction =
  | 'authenticate'
  | 'publish'
  | 'publish.external'
  | 'activate'
  | 'withdraw'
  | 'versions.list'
  | 'token.create'
  | 'token.revoke';

export interface AuditRecord {
  issuerId: string | null;
  tokenId: string | null;
  action: AuditAction;
  serviceId?: string | null;
  version?: string | null;
  outcome: 'ok' | 'refused';
  message: string;
  ip: string | null;
  userAgent: string | null;
  at: Date;
}

export interface AuditEntry {
  /** bigserial: a string, so that it never loses digits in JSON. */
  id: string;
  at: string;
  tokenId: string | null;
  action: string;
  serviceId: string | null;
  version: string | null;
  outcome: 'ok' | 'refused';
  message: string;
  ip: string | null;
  userAgent: string | null;
}

/** Appends one entry. Free text is capped so that a caller cannot grow the log by sending long values. */
export async function writeAudit(db: Queryable, record: AuditRecord): Promise<void> {
  await db.query(
    `insert into audit_log (at, issuer_id, token_id, action, service_id, version, outcome, message, ip, user_agent)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      record.at,
      record.issuerId,
      record.tokenId,
      record.action,
      record.serviceId?.slice(0, 100) ?? null,
      record.version?.slice(0, 100) ?? null,
      record.outcome,
      record.message.slice(0, 2000),
      record.ip?.slice(0, 100) ?? null,
      record.userAgent?.slice(0, 500) ?? null,
    ],
  );
}

/** The issuer's own entries, newest first. */
export async function listAudit(db: Queryable, issuerId: string, limit: number): Promise<AuditEntry[]> {
  const rows = await db.query<{
    id: string | number | bigint;
    at: Date | string;
    token_id: string | null;
    action: string;
    service_id: string | null;
    version: string | null;
    outcome: 'ok' | 'refused';
    message: string;
    ip: string | null;
    user_agent: string | null;
  }>(
    `select id::text as id, at, token_id, action, service_id, version, outcome, message, ip, user_agent
       from audit_log where issuer_id = $1 order by at desc, id desc limit $2`,
    [issuerId, limit],
  );
  return rows.map((row) => ({
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    tokenId: row.token_id,
    action: row.action,
    serviceId: row.service_id,
    version: row.version,
    outcome: row.outcome,
    message: row.message,
    ip: row.ip,
    userAgent: row.user_agent,
  }));
}
