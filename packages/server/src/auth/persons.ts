import type { ConsentState } from '@czp/contract';
import type { Queryable } from '../db/database.js';

export interface Person {
  /** The stable pseudonymous id remotes see. */
  id: string;
  name: string;
  consent: ConsentState;
}

/** Finds or creates the person an identity provider vouched for; their name is refreshed at every login. */
export async function upsertPerson(
  db: Queryable,
  identity: { issuer: string; subject: string; name: string },
): Promise<Person> {
  const [row] = await db.query<Person>(
    `insert into persons (issuer, subject, name) values ($1, $2, $3)
     on conflict (issuer, subject) do update set name = excluded.name, last_login_at = now()
     returning id, name, consent`,
    [identity.issuer, identity.subject, identity.name],
  );
  if (!row) throw new Error('the person could not be stored');
  return row;
}

export async function setConsent(db: Queryable, personId: string, consent: 'given' | 'declined'): Promise<void> {
  await db.query('update persons set consent = $2, consent_at = now() where id = $1', [personId, consent]);
}

/** Who a person is at their identity provider (server-side only: never sent to the browser or a remote). */
export async function identityOfPerson(
  db: Queryable,
  personId: string,
): Promise<{ issuer: string; subject: string } | null> {
  const [row] = await db.query<{ issuer: string; subject: string }>(
    'select issuer, subject from persons where id = $1',
    [personId],
  );
  return row ?? null;
}
