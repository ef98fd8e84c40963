/**
 * "Who used my data": the person's rows of the portal's access log (every read through the bus, by the portal's own
 * sections and by services) merged with every register's own record of reads by outside authorities, newest first.
 * Only ever the signed-in person's rows: the person's id is the first condition of every query.
 */
import { createHash } from 'node:crypto';
import {
  ACCESS_LOG_LIMITS,
  type AccessLogEntry,
  type AccessLogPage,
  type AccessOutcome,
  type LocalizedText,
  PORTAL_READERS,
  READ_PURPOSES,
  REGISTER_INFO,
  REGISTERS,
  type RegisterAccessRecord,
  type RegisterId,
} from '@czp/contract';
import { BusRefusal, type PersonRef, type ServiceBus } from '@czp/service-bus';
import { fold } from '../data-box/text.js';
import type { Queryable } from '../db/database.js';
import { nextDay, startOfPragueDay } from './dates.js';
import type { AccessLogFilter } from './schemas.js';

/** An entry with the agenda of the read (the exports' "register / agenda" column). */
export interface LoggedRead extends AccessLogEntry {
  agenda: string;
}

export interface LoggedReads {
  entries: LoggedRead[];
  total: number;
  unavailable: RegisterId[];
}

interface Sources {
  db: Queryable;
  bus: ServiceBus;
  person: PersonRef;
  /** Told which register's records could not be fetched, and why. */
  warn?: (register: RegisterId, error: unknown) => void;
}

interface Row {
  id: string;
  at: Date | string;
  reader_kind: 'portal' | 'service';
  reader_id: string;
  reader_name: LocalizedText;
  register: RegisterId;
  items: string[];
  purpose: string;
  outcome: 'pending' | AccessOutcome;
  refusal: string | null;
}

const READER_KINDS = ['portal', 'service', 'authority'] as const;

/** Whether a reader filter can match a register's records of outside authorities. */
function includesAuthorities(reader: string | undefined): boolean {
  if (reader === undefined || reader === 'authority') return true;
  return reader !== 'portal' && reader !== 'service' && !Object.hasOwn(PORTAL_READERS, reader);
}

/** The period of a filter as instants: from the start of `from` to the end of `to`, Prague days. */
function period(filter: AccessLogFilter): { since?: Date; before?: Date } {
  return {
    ...(filter.from ? { since: startOfPragueDay(filter.from) } : {}),
    ...(filter.to ? { before: startOfPragueDay(nextDay(filter.to)) } : {}),
  };
}

function portalWhere(personId: string, filter: AccessLogFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [personId];
  const conditions = ['person_id = $1'];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (filter.register) add((p) => `register = ${p}`, filter.register);
  if (filter.reader === 'authority') conditions.push('false');
  else if (filter.reader === 'portal' || filter.reader === 'service') add((p) => `reader_kind = ${p}`, filter.reader);
  else if (filter.reader !== undefined) add((p) => `reader_id = ${p}`, filter.reader);
  const { since, before } = period(filter);
  if (since) add((p) => `at >= ${p}`, since);
  if (before) add((p) => `at < ${p}`, before);
  return { sql: conditions.join(' and '), params };
}

function portalEntry(row: Row): LoggedRead {
  const purpose = (READ_PURPOSES as Record<string, LocalizedText>)[row.purpose] ?? { cs: row.purpose, en: row.purpose };
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    reader: { kind: row.reader_kind, id: row.reader_id, name: row.reader_name } as AccessLogEntry['reader'],
    register: row.register,
    items: row.items,
    purpose,
    // A read still pending returned no data (yet); one left pending by a process that died never will.
    outcome: row.outcome === 'pending' ? 'failed' : row.outcome,
    ...(row.refusal ? { refusal: row.refusal } : {}),
    source: 'portal',
    agenda: REGISTER_INFO[row.register]?.agenda ?? '',
  };
}

/** The person's rows of the portal's own log, newest first (at most `limit`), and how many match in all. */
async function portalReads(
  db: Queryable,
  personId: string,
  filter: AccessLogFilter,
  limit: number,
): Promise<{ entries: LoggedRead[]; total: number }> {
  const { sql, params } = portalWhere(personId, filter);
  const [count] = await db.query<{ total: number }>(
    `select count(*)::int as total from register_access_log where ${sql}`,
    params,
  );
  const rows = await db.query<Row>(
    `select id::text as id, at, reader_kind, reader_id, reader_name, register, items, purpose, outcome, refusal
     from register_access_log where ${sql}
     order by at desc, id desc limit ${Math.max(0, Math.floor(limit))}`,
    params,
  );
  return { entries: rows.map(portalEntry), total: count?.total ?? 0 };
}

/** An authority's id, from its Czech name: the same authority in two registers is one reader. */
function authorityId(name: LocalizedText): string {
  return (
    fold(name.cs)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'authority'
  );
}

function registerEntries(register: RegisterId, records: readonly RegisterAccessRecord[]): LoggedRead[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    // A stable id from the record itself (registers number nothing); the same record twice gets a counter.
    const hash = createHash('sha256')
      .update(JSON.stringify([register, record]))
      .digest('hex')
      .slice(0, 20);
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    return {
      id: `${register}-${hash}${occurrence ? `-${occurrence}` : ''}`,
      at: new Date(record.at).toISOString(),
      reader: { kind: 'authority', id: authorityId(record.authority), name: record.authority },
      register,
      items: record.items,
      purpose: record.purpose,
      outcome: 'ok',
      source: 'register',
      agenda: record.agenda,
    };
  });
}

/** Every register's records that match the filter; a register that does not answer is listed as unavailable. */
async function registerReads(
  sources: Sources,
  filter: AccessLogFilter,
): Promise<{ entries: LoggedRead[]; unavailable: RegisterId[] }> {
  if (!includesAuthorities(filter.reader)) return { entries: [], unavailable: [] };
  const registers = filter.register ? [filter.register] : [...REGISTERS];
  const { since, before } = period(filter);
  const answers = await Promise.allSettled(
    registers.map((register) => sources.bus.accessRecords(sources.person, register)),
  );
  const entries: LoggedRead[] = [];
  const unavailable: RegisterId[] = [];
  answers.forEach((answer, index) => {
    const register = registers[index] as RegisterId;
    if (answer.status === 'rejected') {
      // A refusal (register unavailable, breaker open) or anything else: the rest of the log is still shown.
      if (!(answer.reason instanceof BusRefusal) || answer.reason.code !== 'register-unavailable') {
        sources.warn?.(register, answer.reason);
      }
      unavailable.push(register);
      return;
    }
    for (const entry of registerEntries(register, answer.value)) {
      const at = new Date(entry.at);
      if (since && at < since) continue;
      if (before && at >= before) continue;
      if (filter.reader && !READER_KINDS.includes(filter.reader as never) && entry.reader.id !== filter.reader) {
        continue;
      }
      entries.push(entry);
    }
  });
  return { entries, unavailable };
}

const newestFirst = (a: LoggedRead, b: LoggedRead) =>
  a.at === b.at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.at < b.at ? 1 : -1;

/**
 * The first `limit` reads of the merged log, newest first, and how many there are in all. The first `limit` of the
 * merge are among the first `limit` of each source, so the portal's rows are read only that far.
 */
async function mergedReads(sources: Sources, filter: AccessLogFilter, limit: number): Promise<LoggedReads> {
  const [portal, registers] = await Promise.all([
    portalReads(sources.db, sources.person.id, filter, limit),
    registerReads(sources, filter),
  ]);
  const entries = [...portal.entries, ...registers.entries].sort(newestFirst).slice(0, limit);
  return { entries, total: portal.total + registers.entries.length, unavailable: registers.unavailable };
}

/** One page of "who used my data" (ACCESS_LOG_LIMITS.pageSize a page). */
export async function accessLogPage(sources: Sources, filter: AccessLogFilter, page: number): Promise<AccessLogPage> {
  const { pageSize } = ACCESS_LOG_LIMITS;
  const merged = await mergedReads(sources, filter, page * pageSize);
  return {
    entries: merged.entries.slice((page - 1) * pageSize).map(({ agenda: _agenda, ...entry }) => entry),
    total: merged.total,
    page,
    pageSize,
    unavailable: merged.unavailable,
  };
}

/** Every matching read, for the exports (bounded by what the log can hold for one person in two years). */
export function allReads(sources: Sources, filter: AccessLogFilter): Promise<LoggedReads> {
  return mergedReads(sources, filter, ACCESS_LOG_LIMITS.maxPage * ACCESS_LOG_LIMITS.pageSize);
}
