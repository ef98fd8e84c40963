import type { AuditAction, AuditEntry, AuditOutcome } from '@czp/contract';
import type { Queryable } from '../../db/database.js';

/**
 * Free text as the log keeps it: capped, and with control characters and broken surrogates as U+FFFD. A refusal's
 * message can quote what the caller sent (a field name, a path in the bundle); PostgreSQL refuses U+0000, and a
 * refusal that cannot be written would leave no entry.
 */
function auditText(value: string, max: number): string;
function auditText(value: string | null | undefined, max: number): string | null;
function auditText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  return (
    value
      .slice(0, max)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: this expression exists to replace control characters.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '\uFFFD')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

export interface AuditRecord {
  issuerId: string | null;
  tokenId: string | null;
  action: AuditAction;
  serviceId?: string | null;
  version?: string | null;
  outcome: AuditOutcome;
  message: string;
  ip: string | null;
  userAgent: string | null;
  at: Date;
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
      auditText(record.serviceId, 100),
      auditText(record.version, 100),
      record.outcome,
      auditText(record.message, 2000),
      auditText(record.ip, 100),
      auditText(record.userAgent, 500),
    ],
  );
}

/** The issuer's own entries, newest first. */
export async function listAudit(db: Queryable, issuerId: string, limit: number): Promise<AuditEntry[]> {
  const rows = await db.query<{
    id: string | number | bigint;
    at: Date | string;
    token_id: string | null;
    // Written only by writeAudit, with an AuditAction and an AuditOutcome.
    action: AuditAction;
    service_id: string | null;
    version: string | null;
    outcome: AuditOutcome;
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
