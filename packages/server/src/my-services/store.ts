import type { Database, Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';

/** The services a citizen added, in their order. */
export async function listMyServices(db: Queryable, personId: string): Promise<string[]> {
  const rows = await db.query<{ service_id: string }>(
    `select c.service_id from citizen_services c join services s on s.id = c.service_id
     where c.person_id = $1 and s.active_version is not null order by c.position, c.added_at`,
    [personId],
  );
  return rows.map((row) => row.service_id);
}

async function lockedList(tx: Queryable, personId: string): Promise<string[]> {
  // One change at a time per citizen (two tabs, two devices): positions stay a clean 0..n-1.
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`czp-my-services:${personId}`]);
  const rows = await tx.query<{ service_id: string }>(
    'select service_id from citizen_services where person_id = $1 order by position, added_at',
    [personId],
  );
  return rows.map((row) => row.service_id);
}

async function writeOrder(tx: Queryable, personId: string, order: string[]): Promise<void> {
  for (const [position, serviceId] of order.entries()) {
    await tx.query('update citizen_services set position = $3 where person_id = $1 and service_id = $2', [
      personId,
      serviceId,
      position,
    ]);
  }
}

/** Adds a service (at `position`, default last); adding one already there moves nothing. */
export async function addMyService(
  db: Database,
  personId: string,
  serviceId: string,
  position?: number,
): Promise<string[]> {
  await db.transaction(async (tx) => {
    const [service] = await tx.query('select 1 from services where id = $1 and active_version is not null', [
      serviceId,
    ]);
    if (!service) {
      throw new Refusal(404, 'not-in-catalogue', `There is no service "${serviceId}" in the catalogue`, 'serviceId');
    }
    const order = await lockedList(tx, personId);
    if (order.includes(serviceId)) return;
    await tx.query('insert into citizen_services (person_id, service_id, position) values ($1, $2, $3)', [
      personId,
      serviceId,
      order.length,
    ]);
    const at = position === undefined ? order.length : Math.max(0, Math.min(position, order.length));
    order.splice(at, 0, serviceId);
    await writeOrder(tx, personId, order);
  });
  return listMyServices(db, personId);
}

/** Removes a service from the citizen's list: only the list entry, never their submissions or messages. */
export async function removeMyService(db: Database, personId: string, serviceId: string): Promise<string[]> {
  await db.transaction(async (tx) => {
    const order = await lockedList(tx, personId);
    await tx.query('delete from citizen_services where person_id = $1 and service_id = $2', [personId, serviceId]);
    await writeOrder(
      tx,
      personId,
      order.filter((id) => id !== serviceId),
    );
  });
  return listMyServices(db, personId);
}

/** A new order of the same services (favourites first). */
export async function reorderMyServices(db: Database, personId: string, wanted: string[]): Promise<string[]> {
  await db.transaction(async (tx) => {
    const order = await lockedList(tx, personId);
    const same =
      wanted.length === order.length &&
      new Set(wanted).size === wanted.length &&
      wanted.every((id) => order.includes(id));
    if (!same) {
      throw new Refusal(
        400,
        'not-a-reordering',
        'The new order must list exactly the services you have added, each once. Reload the page and try again.',
        'serviceId',
      );
    }
    await writeOrder(tx, personId, wanted);
  });
  return listMyServices(db, personId);
}
