import {
  CONTACT_KINDS,
  CONTACT_LIMITS,
  type ContactKind,
  type Contacts,
  type ContactView,
  type Locale,
} from '@czp/contract';
import type { Database, Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';
import type { CodeHasher } from './codes.js';
import { enqueueCode } from './jobs.js';

interface ContactRow {
  kind: ContactKind;
  value: string | null;
  verified_at: Date | null;
  pending_value: string | null;
  code_hash: string | null;
  code_expires_at: Date | null;
  code_attempts: number;
}

const COLUMNS = 'kind, value, verified_at, pending_value, code_hash, code_expires_at, code_attempts';

/** A code can still be entered: sent (or about to be), not expired, attempts left. */
function liveCode(row: ContactRow, now: Date): boolean {
  return (
    row.pending_value !== null &&
    row.code_expires_at !== null &&
    row.code_expires_at > now &&
    row.code_attempts < CONTACT_LIMITS.codeAttempts
  );
}

function view(row: ContactRow | undefined, now: Date): ContactView | null {
  const value = row?.value ?? row?.pending_value;
  if (!row || !value) return null;
  return {
    value,
    verified: row.value !== null,
    verifiedAt: row.verified_at?.toISOString() ?? null,
    pendingUntil: liveCode(row, now) ? (row.code_expires_at?.toISOString() ?? null) : null,
    pendingValue: row.pending_value,
  };
}

export async function readContacts(q: Queryable, personId: string, now: Date): Promise<Contacts> {
  const rows = await q.query<ContactRow>(`select ${COLUMNS} from person_contacts where person_id = $1`, [personId]);
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return Object.fromEntries(CONTACT_KINDS.map((kind) => [kind, view(byKind.get(kind), now)])) as Contacts;
}

async function lockRow(tx: Queryable, personId: string, kind: ContactKind): Promise<ContactRow | undefined> {
  const [row] = await tx.query<ContactRow>(
    `select ${COLUMNS} from person_contacts where person_id = $1 and kind = $2 for update`,
    [personId, kind],
  );
  return row;
}

/**
 * A new value for a contact: kept as pending next to the verified one (which stays in use until the code is
 * entered), with a code that expires in CONTACT_LIMITS.codeMinutes; the job that makes and sends the code is
 * enqueued in the same transaction, so a committed request always gets its code, also after a crash. Entering
 * the verified value again just drops a pending change. Returns whether a code is on its way.
 */
export async function requestCode(
  db: Database,
  request: { personId: string; kind: ContactKind; value: string; locale: Locale; now: Date },
): Promise<boolean> {
  const { personId, kind, value, locale, now } = request;
  return db.transaction(async (tx) => {
    const row = await lockRow(tx, personId, kind);
    if (row?.value === value) {
      await tx.query(
        `update person_contacts set pending_value = null, code_hash = null, code_expires_at = null,
           code_attempts = 0, updated_at = $3
         where person_id = $1 and kind = $2`,
        [personId, kind, now],
      );
      return false;
    }
    const expiresAt = new Date(now.getTime() + CONTACT_LIMITS.codeMinutes * 60_000);
    // The hash is written by the job that makes the code: until then no code is valid.
    await tx.query(
      `insert into person_contacts (person_id, kind, pending_value, code_hash, code_expires_at, code_attempts, updated_at)
       values ($1, $2, $3, null, $4, 0, $5)
       on conflict (person_id, kind) do update set pending_value = excluded.pending_value, code_hash = null,
         code_expires_at = excluded.code_expires_at, code_attempts = 0, updated_at = excluded.updated_at`,
      [personId, kind, value, expiresAt, now],
    );
    await enqueueCode(tx, { personId, kind, value, expiresAt: expiresAt.toISOString(), locale });
    return true;
  });
}

const expired = (message: string) => new Refusal(400, 'code-expired', message, 'code');

/**
 * The citizen entered a code. Right: the pending value becomes the verified one (only now replacing the old).
 * Wrong: the attempt is counted, and the last allowed wrong attempt voids the code. Expired, voided or none sent:
 * 'code-expired', asking for a new one. Wrong attempts are committed before the refusal is thrown.
 */
export async function verifyCode(
  db: Database,
  hasher: CodeHasher,
  attempt: { personId: string; kind: ContactKind; code: string; now: Date },
): Promise<void> {
  const { personId, kind, code, now } = attempt;
  const outcome = await db.transaction(async (tx): Promise<Refusal | null> => {
    const row = await lockRow(tx, personId, kind);
    if (!row?.pending_value) {
      return expired('No code is waiting for this contact. Enter the address or number again to get a new code.');
    }
    if (!liveCode(row, now)) {
      return expired('The code is no longer valid. Send a new code and enter that one.');
    }
    // Committed but its job has not made the code yet: nothing could match, and it is no guess to count.
    if (row.code_hash === null) {
      return new Refusal(400, 'wrong-code', 'The code is on its way. Enter it once the message arrives.', 'code');
    }
    if (hasher.matches(row.code_hash, personId, kind, row.pending_value, code)) {
      await tx.query(
        `update person_contacts set value = pending_value, verified_at = $3, pending_value = null, code_hash = null,
           code_expires_at = null, code_attempts = 0, updated_at = $3
         where person_id = $1 and kind = $2`,
        [personId, kind, now],
      );
      return null;
    }
    const attempts = row.code_attempts + 1;
    const left = CONTACT_LIMITS.codeAttempts - attempts;
    await tx.query(
      `update person_contacts set code_attempts = $3, updated_at = $4 where person_id = $1 and kind = $2`,
      [personId, kind, attempts, now],
    );
    if (left <= 0) {
      // Voided: the contact shows no code waiting (pendingUntil null), and the UI offers a new one.
      await tx.query(
        'update person_contacts set code_hash = null, code_expires_at = null where person_id = $1 and kind = $2',
        [personId, kind],
      );
      return expired(
        `That was the ${CONTACT_LIMITS.codeAttempts}th wrong code, so this code no longer works. Send a new code.`,
      );
    }
    return new Refusal(
      400,
      'wrong-code',
      `This is not the code we sent. Check it and try again (${left} ${left === 1 ? 'try' : 'tries'} left).`,
      'code',
    );
  });
  if (outcome) throw outcome;
}

/** Forgets the contact: the verified value and any pending change (a code on its way finds nothing to send). */
export async function removeContact(q: Queryable, personId: string, kind: ContactKind): Promise<void> {
  await q.query('delete from person_contacts where person_id = $1 and kind = $2', [personId, kind]);
}
