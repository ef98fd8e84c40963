import type { PersonRef } from '@czp/service-bus';
import { identityOfPerson } from '../auth/persons.js';
import type { Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';

/**
 * The person as the bus needs them: the portal's id (the access log's key) and the identity provider's subject (the
 * conversion authority's input). A session outliving its person (deleted meanwhile) is as good as signed out.
 */
export async function personRefOf(db: Queryable, personId: string): Promise<PersonRef> {
  const identity = await identityOfPerson(db, personId);
  if (!identity) throw new Refusal(401, 'signed-out', 'Log in to continue.');
  return { id: personId, subject: identity.subject };
}
