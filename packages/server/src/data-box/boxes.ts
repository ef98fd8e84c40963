import { randomInt } from 'node:crypto';
import type { AuthorityBox, AuthorityKind, LocalizedText } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { type Authorities, ISSUER_OF_FIXED_BOX } from './authorities.js';
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

/**
 * The box of an id. A fixed box that is also an issuer's (ISSUER_OF_FIXED_BOX) answers with the issuer's box once it
 * exists: one authority, one box, whichever of its two ids a caller (REGISTER_INFO, an old message) names.
 */
export async function findAuthorityBox(db: Queryable, id: string): Promise<AuthorityBox | null> {
  const ids = [ISSUER_OF_FIXED_BOX[id], id].filter((value): value is string => value !== undefined);
  const rows = await db.query<{ id: string; name: LocalizedText; kind: AuthorityKind }>(
    'select id, name, kind from authority_boxes where id = any($1::text[])',
    [ids],
  );
  for (const wanted of ids) {
    const row = rows.find((candidate) => candidate.id === wanted);
    if (row) return row;
  }
  return null;
}

/**
 * SQL for the id a message's counterpart is shown under: the issuer's box for a fixed box that has become an
 * issuer's (from ISSUER_OF_FIXED_BOX, constants of the code), else the box's own. `box` is the authority_boxes alias.
 */
export function canonicalBoxSql(box: string): string {
  const aliases = Object.entries(ISSUER_OF_FIXED_BOX);
  if (aliases.length === 0) return `${box}.id`;
  const when = aliases.map(([fixed, issuer]) => `when '${fixed}' then '${issuer}'`).join(' ');
  return `(case ${box}.id ${when} else ${box}.id end)`;
}

/**
 * The boxes a citizen may write to: municipalities and ministries, never the operator's system box, and a fixed box
 * not beside the issuer's box that stands for it.
 */
export async function listRecipients(db: Queryable, authorities: Authorities): Promise<AuthorityBox[]> {
  await syncAuthorityBoxes(db, authorities);
  const boxes = await db.query<AuthorityBox>(
    `select id, name, kind from authority_boxes where kind <> 'system'
     order by case kind when 'ministry' then 0 else 1 end, name->>'cs'`,
  );
  const ids = new Set(boxes.map((box) => box.id));
  return boxes.filter((box) => {
    const issuer = ISSUER_OF_FIXED_BOX[box.id];
    return issuer === undefined || !ids.has(issuer);
  });
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
