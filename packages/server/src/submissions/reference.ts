import type { Queryable } from '../db/database.js';

/** Three letters of the issuer: `mesto-telc` → TEL, `urad-prace` → PRA (the last part of its id, without accents). */
export function referencePrefix(issuerId: string): string {
  const last = issuerId.split('-').filter(Boolean).pop() ?? issuerId;
  const letters = last
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^a-z0-9]/gi, '')
    .toUpperCase();
  return (letters || 'CZP').slice(0, 3).padEnd(3, 'X');
}

/** The year in Prague: a submission sent on New Year's Eve at 23:30 UTC+1 belongs to the old year. */
export function pragueYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Prague', year: 'numeric' }).format(at));
}

/**
 * The next reference number of the issuer in the year of `at`, e.g. TEL-2026-000042. In the caller's transaction:
 * the counter's row stays locked until it commits, so two submissions never get one number, and a refused one
 * (rolled back) gives its number back.
 */
export async function nextReference(tx: Queryable, issuerId: string, at: Date): Promise<string> {
  const year = pragueYear(at);
  const [row] = await tx.query<{ last: number }>(
    `insert into submission_counters (issuer_id, year, last) values ($1, $2, 1)
     on conflict (issuer_id, year) do update set last = submission_counters.last + 1
     returning last`,
    [issuerId, year],
  );
  if (!row) throw new Error('no reference number was given');
  return `${referencePrefix(issuerId)}-${year}-${String(row.last).padStart(6, '0')}`;
}
