import { randomInt } from 'node:crypto';
import type { AuthorityBox, AuthorityKind, LocalizedText } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import type { Authorities } from './authorities.js';
import type { DataBoxRegister } from './box-register.js';

/**
 * Brings the authority boxes up to date: one per issuer of the catalogue, plus the directory's fixed ones.
 * Cheap and idempotent, so it runs on demand instead of hooking into publishing.
 */
export async function syncAuthorityBoxes(db: Queryable, authorities: Authorities): Promise<void> {
  // An issuer whose services are all of a state authority (ministry, health insurer, ...) is not a municipality.
  await db.query(
    `insert into authority_boxes (id, issuer_id, name, kind)
     select i.id, i.id, i.name,
            case when exists (select 1 from services s where s.issuer_id = i.id
                              and s.metadata->>'category' is distinct from 'municipality')
                  and not exists (select 1 from services s where s.issuer_id = i.id
                                  and s.metadata->>'category' = 'municipality')
                 then 'ministry' else 'municipality' end
     from issuers i
     on conflict (id) do update set name = excluded.name, kind = excluded.kind
       where authority_boxes.issuer_id is not null
         and (authority_boxes.name, authority_boxes.kind) is distinct from (excluded.name, excluded.kind)`,
  );
  for (const box of authorities.fixedBoxes) {
    await db.query(
      `insert into authority_boxes (id, issuer_id, name, kind) values ($1, null, $2, $3) on conflict (id) do nothing`,
      [box.id, JSON.stringify(box.name), box.kind],
    );
  }
}

export async function findAuthorityBox(db: Queryable, id: string): Promise<AuthorityBox | null> {
  const [row] = await db.query<{ id: string; name: LocalizedText; kind: AuthorityKind }>(
    'select id, name, kind from authority_boxes where id = $1',
    [id],
  );
  return row ?? null;
}

/** The boxes a citizen may write to: municipalities and ministries, never the operator's system box. */
export async function listRecipients(db: Queryable, authorities: Authorities): Promise<AuthorityBox[]> {
  await syncAuthorityBoxes(db, authorities);
  return db.query<AuthorityBox>(
    `select id, name, kind from authority_boxes where kind <> 'system'
     order by case kind when 'ministry' then 0 else 1 end, name->>'cs'`,
  );
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

function newBoxId(): string {
  let id = '';
  for (let i = 0; i < 7; i += 1) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

/** The person's box id, created on first use (for a person the register says has one). */
export async function ensureDataBox(db: Queryable, personId: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const [existing] = await db.query<{ id: string }>('select id from data_boxes where person_id = $1', [personId]);
    if (existing) return existing.id;
    // A clash of random ids (or a concurrent first request of the same person) just tries again.
    const [created] = await db.query<{ id: string }>(
      'insert into data_boxes (id, person_id) values ($1, $2) on conflict do nothing returning id',
      [newBoxId(), personId],
    );
    if (created) return created.id;
  }
  throw new Error('a data box could not be created');
}

/** The box of a signed-in person, or null when they have none. */
export async function boxOfPerson(db: Queryable, personId: string, register: DataBoxRegister): Promise<string | null> {
  const [person] = await db.query<{ issuer: string; subject: string }>(
    'select issuer, subject from persons where id = $1',
    [personId],
  );
  if (!person || !(await register(person))) return null;
  return ensureDataBox(db, personId);
}
