/**
 * The documents' validity through the service bus (reader `calendar`, purpose `document-validity`; every read is in
 * the citizen's access log), kept as calendar items so the daily reminders need no read. Read when the citizen opens
 * the calendar (at most every READ_EVERY_MS) and once a day for citizens with reminders switched on.
 */
import type { RegisterId } from '@czp/contract';
import { BusRefusal, type PersonRef, type ServiceBus } from '@czp/service-bus';
import type { Database } from '../db/database.js';
import { scheduleReminders } from './reminders.js';
import { type LearnedDocument, storeDocuments } from './store.js';
import { documentExpiryTitle } from './texts.js';

/** Paging through the calendar does not read the registers again within this time. */
const READ_EVERY_MS = 10 * 60 * 1000;

interface Logger {
  warn(object: object, message: string): void;
}

/**
 * Reads the documents, stores what the registers answered and schedules the reminders. A register that does not
 * answer keeps its documents as last known and is returned among the unavailable.
 */
export async function refreshDocuments(
  db: Database,
  bus: ServiceBus,
  person: PersonRef,
  now: () => Date,
  log: Logger,
): Promise<RegisterId[]> {
  const unavailable: RegisterId[] = [];
  const settle = async <T>(register: RegisterId, read: () => Promise<T>): Promise<T | null> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof BusRefusal)) throw error;
      log.warn({ err: error, register }, 'a register did not give the documents to the calendar');
      unavailable.push(register);
      return null;
    }
  };
  const reader = { kind: 'portal', id: 'calendar' } as const;
  const purpose = 'document-validity' as const;
  const [residents, drivers] = await Promise.all([
    settle('residents', () => bus.read({ person, reader, register: 'residents', items: ['documents'], purpose })),
    settle('drivers', () => bus.read({ person, reader, register: 'drivers', items: ['licence'], purpose })),
  ]);
  const learned: LearnedDocument[] = [];
  const answered: RegisterId[] = [];
  if (residents) {
    answered.push('residents');
    for (const document of residents.documents ?? []) {
      learned.push({
        ref: `residents:${document.kind}`,
        number: document.number,
        title: documentExpiryTitle(document.kind, document.number),
        day: document.validUntil,
      });
    }
  }
  if (drivers) {
    answered.push('drivers');
    if (drivers.licence) {
      learned.push({
        ref: 'drivers:driving-licence',
        number: drivers.licence.number,
        title: documentExpiryTitle('driving-licence', drivers.licence.number),
        day: drivers.licence.validUntil,
      });
    }
  }
  await db.transaction(async (tx) => {
    await storeDocuments(tx, person.id, answered, learned, now());
    await tx.query(
      `insert into calendar_settings (person_id, documents_read_at) values ($1, $2)
       on conflict (person_id) do update set documents_read_at = excluded.documents_read_at`,
      [person.id, now()],
    );
    await scheduleReminders(tx, person.id, now());
  });
  return unavailable.sort();
}

/** Whether the calendar should read the registers now for this person (not read within READ_EVERY_MS). */
export async function documentsStale(db: Database, personId: string, now: Date): Promise<boolean> {
  const [row] = await db.query<{ at: Date | string | null }>(
    'select documents_read_at as at from calendar_settings where person_id = $1',
    [personId],
  );
  if (!row?.at) return true;
  return now.getTime() - new Date(row.at).getTime() >= READ_EVERY_MS;
}

/**
 * One replica's share of today's refresh: claims citizens with reminders on whose refresh is not done today (the
 * claim is one statement with SKIP LOCKED, so two replicas never read the same citizen's registers on the same day)
 * and refreshes each. A process that dies mid-way leaves those citizens for tomorrow; their reminders already
 * scheduled stay. Returns how many were refreshed.
 */
export async function refreshDue(
  db: Database,
  bus: ServiceBus,
  personRef: (personId: string) => Promise<PersonRef>,
  now: () => Date,
  log: Logger,
  today: string,
  batch = 20,
): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const claimed = await db.query<{ person_id: string }>(
      `update calendar_settings set refreshed_on = $1::date
       where person_id in (
         select person_id from calendar_settings
         where enabled and (refreshed_on is null or refreshed_on < $1::date)
         order by person_id limit $2 for update skip locked
       )
       returning person_id::text as person_id`,
      [today, batch],
    );
    if (claimed.length === 0) return refreshed;
    for (const { person_id: personId } of claimed) {
      try {
        await refreshDocuments(db, bus, await personRef(personId), now, log);
        refreshed++;
      } catch (error) {
        log.warn({ err: error, personId }, 'the calendar could not refresh a citizen’s documents');
      }
    }
  }
}
