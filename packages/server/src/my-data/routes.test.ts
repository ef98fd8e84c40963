import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCESS_LOG_LIMITS, COOKIES, DATA_BOX_API_PREFIX, MY_DATA_API_PREFIX } from '@czp/contract';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { pdfLines } from './pdf-text.js';
import { type MyDataGateway, myDataGateway } from './test-gateway.js';

let db: Database;
let dir: string;
let app: FastifyInstance;
let gateway: MyDataGateway;
/** The tests' clock: 3 December 2026, moved on by `tick` so reads follow each other. */
let clock = new Date('2026-12-03T09:00:00Z').getTime();
const tick = (ms = 1000) => {
  clock += ms;
};

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-my-data-'));
  gateway = myDataGateway();
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'm'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák', eva: 'Eva Svobodová', petr: 'Petr Dvořák' }),
    publicUrl: 'http://portal.test',
    now: () => new Date(clock),
    dataBoxRegister: (person) => person.subject !== 'petr',
    registersGateway: gateway,
    // No retries and a breaker that never opens: a failing register fails at once and recovers when it is back.
    registersResilience: { timeoutMs: 1000, retries: 0, breakerThreshold: 1000 },
  });
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  gateway.failing.clear();
  gateway.agendasFailing = false;
});

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered.
  body: any;
  raw: Buffer;
}

interface FormFile {
  name: string;
  content: Buffer;
  field?: string;
}

function multipart(fields: Record<string, string>, files: FormFile[] = []) {
  const boundary = `----czp${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'attachment'}"; filename="${file.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function signIn(subject: string, consent: 'given' | 'declined' = 'given') {
  const jar = new CookieJar();
  const start = await app.inject({ url: '/auth/login' });
  jar.store(start.headers['set-cookie']);
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  const callback = await app.inject({
    url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}`,
    headers: { cookie: jar.header() },
  });
  jar.store(callback.headers['set-cookie']);
  const token = await app.inject({ url: '/api/csrf-token', headers: { cookie: jar.header() } });
  jar.store(token.headers['set-cookie']);
  const csrf = token.json().token as string;
  const given = await app.inject({
    method: 'POST',
    url: '/api/consent',
    headers: { cookie: jar.header(), 'x-csrf-token': csrf },
    payload: { consent },
  });
  jar.store(given.headers['set-cookie']);
  const [person] = await db.query<{ id: string }>('select id from persons where subject = $1', [subject]);
  const request = async (
    method: 'GET' | 'POST',
    url: string,
    options: { form?: ReturnType<typeof multipart>; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    tick();
    const response = await app.inject({
      method,
      url: url.startsWith('/api/') ? url : `${MY_DATA_API_PREFIX}${url}`,
      headers: {
        cookie: jar.header(),
        'x-csrf-token': csrf,
        ...(options.form ? { 'content-type': options.form.contentType } : {}),
        ...options.headers,
      },
      ...(options.form ? { payload: options.form.payload } : {}),
    });
    jar.store(response.headers['set-cookie']);
    const type = String(response.headers['content-type'] ?? '');
    return {
      status: response.statusCode,
      headers: response.headers,
      body: type.startsWith('application/json') ? response.json() : null,
      raw: response.rawPayload,
    };
  };
  return { request, personId: person?.id ?? '', jar };
}

type Citizen = Awaited<ReturnType<typeof signIn>>;
let jan: Citizen;
let eva: Citizen;

beforeAll(async () => {
  jan = await signIn('jan');
  eva = await signIn('eva');
});

describe('the guard', () => {
  it('refuses a signed-out caller and one who declined the consent', async () => {
    const anonymous = await app.inject({ url: `${MY_DATA_API_PREFIX}/registers/residents` });
    expect(anonymous.statusCode).toBe(401);
    const declined = await signIn('petr', 'declined');
    for (const path of ['/registers/residents', '/documents', '/agendas', '/access-log', '/access-log.csv']) {
      const answer = await declined.request('GET', path);
      expect([path, answer.status, answer.body?.error]).toEqual([path, 403, 'consent-required']);
    }
  });
});

describe('GET /registers/:register', () => {
  it("answers the register's data for the DATA tab, not cached, and logs the read", async () => {
    const answer = await jan.request('GET', '/registers/residents');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(answer.body.register).toBe('residents');
    expect(answer.body.data.name).toEqual({ givenName: 'Jan', familyName: 'Novák' });
    expect(answer.body.data.documents).toHaveLength(2);
    expect(answer.body.readAt).toBe(new Date(clock).toISOString());
    const rows = await db.query<{ reader_id: string; purpose: string; outcome: string; items: string[] }>(
      `select reader_id, purpose, outcome, items from register_access_log where person_id = $1 and register = 'residents'
       order by at desc limit 1`,
      [jan.personId],
    );
    expect(rows[0]).toMatchObject({ reader_id: 'data', purpose: 'show-to-citizen', outcome: 'ok' });
    expect(rows[0]?.items).toEqual(expect.arrayContaining(['name', 'address', 'photo', 'documents']));
  });

  it('reads for PROFILE when asked, and each person gets their own data', async () => {
    const answer = await eva.request('GET', '/registers/residents?section=profile');
    expect(answer.body.data.name.familyName).toBe('Svobodová');
    const [row] = await db.query<{ reader_id: string }>(
      'select reader_id from register_access_log where person_id = $1 order by at desc limit 1',
      [eva.personId],
    );
    expect(row?.reader_id).toBe('profile');
  });

  it('names the field of a bad register or section', async () => {
    const register = await jan.request('GET', '/registers/unknown');
    expect([register.status, register.body.field]).toEqual([400, 'register']);
    const section = await jan.request('GET', '/registers/residents?section=calendar');
    expect([section.status, section.body.field]).toEqual([400, 'section']);
  });

  it('answers 503 for a failing register while the others still answer, and logs it as failed', async () => {
    gateway.failing.add('drivers');
    const failing = await jan.request('GET', '/registers/drivers');
    expect(failing.status).toBe(503);
    expect(failing.body.error).toBe('register-unavailable');
    expect(failing.body.message).toEqual(expect.any(String));
    const other = await jan.request('GET', '/registers/health');
    expect(other.status).toBe(200);
    const [row] = await db.query<{ outcome: string }>(
      `select outcome from register_access_log where person_id = $1 and register = 'drivers' order by at desc limit 1`,
      [jan.personId],
    );
    expect(row?.outcome).toBe('failed');
  });
});

describe('GET /documents', () => {
  it("lists the residents register's documents and the driving licence with their state", async () => {
    const answer = await jan.request('GET', '/documents');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(answer.body.unavailable).toEqual([]);
    expect(
      answer.body.documents.map((d: { kind: string; state: string; daysLeft: number }) => [
        d.kind,
        d.state,
        d.daysLeft,
      ]),
    ).toEqual([
      ['id-card', 'expiring', 17],
      ['passport', 'valid', 1915],
      ['driving-licence', 'valid', 911],
    ]);
    const [row] = await db.query<{ reader_id: string; purpose: string }>(
      'select reader_id, purpose from register_access_log where person_id = $1 order by at desc limit 1',
      [jan.personId],
    );
    expect(row).toEqual({ reader_id: 'documents', purpose: 'document-validity' });
  });

  it("shows an expired document as expired (Eva's passport)", async () => {
    const answer = await eva.request('GET', '/documents');
    expect(answer.body.documents).toEqual([
      expect.objectContaining({ kind: 'passport', state: 'expired', register: 'residents', daysLeft: -327 }),
    ]);
  });

  it('lists a failing register as unavailable and still shows the other documents', async () => {
    gateway.failing.add('drivers');
    const answer = await jan.request('GET', '/documents');
    expect(answer.status).toBe(200);
    expect(answer.body.unavailable).toEqual(['drivers']);
    expect(answer.body.documents.map((d: { kind: string }) => d.kind)).toEqual(['id-card', 'passport']);
  });
});

describe('GET /agendas', () => {
  it('answers where the state keeps the data, or 503 when the register of rights and obligations fails', async () => {
    const answer = await jan.request('GET', '/agendas');
    expect(answer.status).toBe(200);
    expect(answer.body.agendas.map((agenda: { code: string }) => agenda.code)).toEqual(['A121', 'A34']);
    expect((await eva.request('GET', '/agendas')).body).toEqual({ agendas: [] });
    gateway.agendasFailing = true;
    const failing = await jan.request('GET', '/agendas');
    expect([failing.status, failing.body.error]).toEqual([503, 'register-unavailable']);
  });
});

describe('GET /access-log', () => {
  it("merges the person's reads with the registers' own records, newest first", async () => {
    await jan.request('GET', '/registers/cadastre');
    const answer = await jan.request('GET', '/access-log');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('private, no-store');
    const { entries } = answer.body;
    expect(answer.body.unavailable).toEqual([]);
    expect(entries[0]).toMatchObject({
      register: 'cadastre',
      reader: { kind: 'portal', id: 'data', name: { cs: 'Portál občana – Údaje' } },
      purpose: { cs: 'Zobrazení údajů občanovi' },
      outcome: 'ok',
      source: 'portal',
      items: ['properties'],
    });
    const ats = entries.map((entry: { at: string }) => entry.at);
    expect(ats).toEqual([...ats].sort().reverse());
    const police = entries.find((entry: { source: string; register: string }) => entry.source === 'register');
    expect(entries.filter((entry: { source: string }) => entry.source === 'register')).toHaveLength(2);
    expect(police).toMatchObject({
      reader: { kind: 'authority', name: { cs: 'Krajské ředitelství policie kraje Vysočina' } },
      register: 'residents',
      outcome: 'ok',
      items: ['jméno a příjmení', 'adresa místa pobytu'],
    });
    expect(answer.body.total).toBe(entries.length);
    expect(answer.body.pageSize).toBe(ACCESS_LOG_LIMITS.pageSize);
    // The failed read of the drivers register earlier is there as failed.
    expect(
      entries.some(
        (entry: { register: string; outcome: string }) => entry.register === 'drivers' && entry.outcome === 'failed',
      ),
    ).toBe(true);
  });

  it('filters by register, kind of reader, reader and period', async () => {
    const residents = await jan.request('GET', '/access-log?register=residents');
    expect(residents.body.entries.length).toBeGreaterThan(1);
    expect(residents.body.entries.every((entry: { register: string }) => entry.register === 'residents')).toBe(true);

    const authorities = await jan.request('GET', '/access-log?reader=authority');
    expect(authorities.body.entries.map((entry: { reader: { id: string } }) => entry.reader.id)).toEqual([
      'krajske-reditelstvi-policie-kraje-vysocina',
      'financni-urad-pro-kraj-vysocina',
    ]);
    const police = await jan.request('GET', '/access-log?reader=krajske-reditelstvi-policie-kraje-vysocina');
    expect(police.body.total).toBe(1);

    const documents = await jan.request('GET', '/access-log?reader=documents');
    expect(documents.body.entries.length).toBeGreaterThan(0);
    expect(documents.body.entries.every((entry: { reader: { id: string } }) => entry.reader.id === 'documents')).toBe(
      true,
    );
    const portal = await jan.request('GET', '/access-log?reader=portal');
    expect(portal.body.entries.every((entry: { source: string }) => entry.source === 'portal')).toBe(true);

    // 2 October 2026 (the tax office) only; the police on 20 November is outside.
    const october = await jan.request('GET', '/access-log?from=2026-10-01&to=2026-10-31');
    expect(october.body.entries.map((entry: { reader: { id: string } }) => entry.reader.id)).toEqual([
      'financni-urad-pro-kraj-vysocina',
    ]);
    const today = await jan.request('GET', '/access-log?from=2026-12-03&to=2026-12-03');
    expect(today.body.entries.every((entry: { source: string }) => entry.source === 'portal')).toBe(true);
    expect(today.body.total).toBeGreaterThan(3);
  });

  it('names the field of a bad filter', async () => {
    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-12-03&to=2026-12-01', 'to'],
      ['register=police', 'register'],
      ['page=0', 'page'],
      ['page=two', 'page'],
      ['reader=Not%20an%20id', 'reader'],
    ]) {
      const answer = await jan.request('GET', `/access-log?${query}`);
      expect([query, answer.status, answer.body.field]).toEqual([query, 400, field]);
    }
  });

  it('lists a failing register as unavailable and still shows its portal reads', async () => {
    gateway.failing.add('drivers');
    const answer = await jan.request('GET', '/access-log');
    expect(answer.status).toBe(200);
    expect(answer.body.unavailable).toEqual(['drivers']);
    expect(
      answer.body.entries.some(
        (entry: { register: string; source: string }) => entry.register === 'drivers' && entry.source === 'portal',
      ),
    ).toBe(true);
    expect(
      answer.body.entries.some(
        (entry: { register: string; source: string }) => entry.register === 'drivers' && entry.source === 'register',
      ),
    ).toBe(false);
  });

  it("never shows another person's reads: Eva sees none of Jan's, by id and by every filter", async () => {
    const janIds = new Set<string>(
      (await jan.request('GET', '/access-log')).body.entries.map((entry: { id: string }) => entry.id),
    );
    expect(janIds.size).toBeGreaterThan(5);
    for (const query of [
      '',
      '?register=residents',
      '?reader=data',
      '?reader=portal',
      '?reader=authority',
      '?reader=krajske-reditelstvi-policie-kraje-vysocina',
      '?from=2026-01-01&to=2026-12-31',
    ]) {
      const answer = await eva.request('GET', `/access-log${query}`);
      expect(answer.status).toBe(200);
      for (const entry of answer.body.entries as { id: string; source: string }[]) {
        expect(janIds.has(entry.id), `${query}: ${entry.id}`).toBe(false);
        if (entry.source === 'portal') {
          const [row] = await db.query<{ person_id: string }>(
            'select person_id from register_access_log where id = $1',
            [entry.id],
          );
          expect(row?.person_id).toBe(eva.personId);
        }
      }
    }
    const evas = (await eva.request('GET', '/access-log')).body.entries as { reader: { name: { cs: string } } }[];
    expect(evas.map((entry) => entry.reader.name.cs)).toContain('Úřad práce České republiky');
    expect(evas.map((entry) => entry.reader.name.cs)).not.toContain('Krajské ředitelství policie kraje Vysočina');
  });

  it('pages by the contract page size without losing or repeating an entry', async () => {
    const person = await signIn('jan');
    // Two months of reads by a service for one citizen (more than a page).
    for (let day = 0; day < 70; day += 1) {
      await db.query(
        `insert into register_access_log (person_id, at, reader_kind, reader_id, reader_name, register, items, purpose, outcome, finished_at)
         values ($1, $2, 'service', 'vitakarta', '{"cs":"Vitakarta","en":"Vitakarta"}', 'health', '{insurer}', 'check-eligibility', 'ok', $2)`,
        [person.personId, new Date(Date.UTC(2026, 8, 1 + day, 12))],
      );
    }
    const first = await person.request('GET', '/access-log');
    const second = await person.request('GET', '/access-log?page=2');
    const total = first.body.total;
    expect(total).toBeGreaterThan(ACCESS_LOG_LIMITS.pageSize);
    expect(first.body.entries).toHaveLength(ACCESS_LOG_LIMITS.pageSize);
    expect(second.body.entries).toHaveLength(total - ACCESS_LOG_LIMITS.pageSize);
    const ids = [...first.body.entries, ...second.body.entries].map((entry: { id: string }) => entry.id);
    expect(new Set(ids).size).toBe(total);
    const ats = [...first.body.entries, ...second.body.entries].map((entry: { at: string }) => entry.at);
    expect(ats).toEqual([...ats].sort().reverse());
    expect((await person.request('GET', '/access-log?page=3')).body.entries).toEqual([]);
    const service = await person.request('GET', '/access-log?reader=service&register=health');
    expect(service.body.total).toBe(70);
    expect(service.body.entries[0].reader).toEqual({
      kind: 'service',
      id: 'vitakarta',
      name: { cs: 'Vitakarta', en: 'Vitakarta' },
    });
    expect(service.body.entries[0].purpose).toEqual({ cs: 'Posouzení nároku', en: 'Checking an entitlement' });
  });
});

/** The CSV as a spreadsheet reads it. */
function csvRows(raw: Buffer): string[][] {
  return parse(raw.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: false });
}

describe('exports', () => {
  it('writes the CSV in Czech with a BOM, a header row and every matching read', async () => {
    const json = await jan.request('GET', '/access-log?register=residents');
    const answer = await jan.request('GET', '/access-log.csv?register=residents');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(String(answer.headers['content-disposition'])).toMatch(
      /^attachment; filename="vypis-o-vyuziti-udaju-2026-12-03\.csv"$/,
    );
    expect([...answer.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(answer.raw);
    expect(header).toEqual([
      'Čas',
      'Kdo',
      'Druh čtenáře',
      'Registr',
      'Agenda',
      'Údaje',
      'Účel',
      'Výsledek',
      'Zdroj záznamu',
    ]);
    expect(rows).toHaveLength(json.body.total);
    const police = rows.find((row) => row[1] === 'Krajské ředitelství policie kraje Vysočina');
    expect(police).toEqual([
      '20. 11. 2026 10:15',
      'Krajské ředitelství policie kraje Vysočina',
      'Orgán veřejné moci',
      'Základní registr obyvatel',
      'A1046',
      'jméno a příjmení, adresa místa pobytu',
      'Ověření totožnosti při šetření přestupku',
      'Poskytnuto',
      'Záznam registru',
    ]);
    // Rows in the order of the JSON log, each the same read.
    expect(rows.map((row) => row[1])).toEqual(
      json.body.entries.map((entry: { reader: { name: { cs: string } } }) => entry.reader.name.cs),
    );
    const portalRead = rows.find((row) => row[1] === 'Portál občana – Údaje');
    expect(portalRead?.[5]).toContain('Jméno a příjmení');
  });

  it('writes it in English when the citizen chose English (cookie) or the link says so', async () => {
    const byCookie = await jan.request('GET', '/access-log.csv?reader=authority', {
      headers: { cookie: `${jan.jar.header()}; ${COOKIES.locale}=en` },
    });
    const [header, first] = csvRows(byCookie.raw);
    expect(header?.[0]).toBe('Time');
    expect(first?.slice(0, 3)).toEqual([
      '20 Nov 2026, 10:15',
      'Regional Police Directorate of the Vysočina Region',
      'Public authority',
    ]);
    expect(byCookie.headers['content-language']).toBe('en');
    const byLink = await jan.request('GET', '/access-log.csv?reader=authority&locale=en');
    expect(csvRows(byLink.raw)[0]?.[0]).toBe('Time');
    const bad = await jan.request('GET', '/access-log.csv?locale=de');
    expect([bad.status, bad.body.field]).toEqual([400, 'locale']);
  });

  it('keeps a formula-like cell as text', async () => {
    const person = await signIn('eva');
    await db.query(
      `insert into register_access_log (person_id, at, reader_kind, reader_id, reader_name, register, items, purpose, outcome, finished_at)
       values ($1, $2, 'service', 'evil', '{"cs":"=HYPERLINK(\\"x\\")","en":"=HYPERLINK(\\"x\\")"}', 'health', '{insurer}', 'prefill-form', 'ok', $2)`,
      [person.personId, new Date('2026-12-01T10:00:00Z')],
    );
    const rows = csvRows((await person.request('GET', '/access-log.csv?reader=evil')).raw);
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("x")`);
  });

  it('draws the PDF statement with the same rows, every Czech letter as text, over pages', async () => {
    const csv = csvRows((await jan.request('GET', '/access-log.csv')).raw).slice(1);
    const answer = await jan.request('GET', '/access-log.pdf');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(String(answer.headers['content-disposition'])).toContain('.pdf');
    const document = await PDFDocument.load(answer.raw);
    expect(document.getTitle()).toBe('Výpis o využití údajů – Jan Novák');
    const pages = await pdfLines(answer.raw);
    expect(pages.length).toBeGreaterThan(1);
    expect(document.getPageCount()).toBe(pages.length);
    const lines = pages.flat();
    expect(lines[0]).toBe('Výpis o využití údajů');
    expect(lines).toContain('Jméno a příjmení: Jan Novák');
    expect(lines).toContain('Datum vydání: 3. 12. 2026');
    expect(lines).toContain(`Počet záznamů: ${csv.length}`);
    expect(lines).toContain(`Portál občana · Výpis o využití údajů · Strana ${pages.length} z ${pages.length}`);
    // Each row's first line begins with its time and the first word of who read: in the CSV's order.
    const rowStarts = lines.filter((line) => /^\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2} /.test(line));
    expect(rowStarts).toHaveLength(csv.length);
    rowStarts.forEach((line, index) => {
      const row = csv[index] ?? [];
      expect(line.startsWith(`${row[0]} ${row[1]?.split(' ')[0]}`), `${line} / ${row.join(';')}`).toBe(true);
    });
    const text = lines.join('\n');
    for (const letter of ['ř', 'ů', 'ě', 'š', 'č', 'ž', 'Č', 'Ú', 'á', 'í', 'ý', 'é']) expect(text).toContain(letter);
    // A long name wraps inside its cell: its words are there, in the rows of the table.
    for (const word of ['Krajské', 'ředitelství', 'Vysočina', 'Daňové', 'řízení', 'součinnost', 'řidičské']) {
      expect(text).toContain(word);
    }
    // The table's heading again on the next page.
    expect(pages[1]?.[0]).toBe('Čas Kdo Registr / agenda Údaje Účel');
  });

  it('draws it in English with the period asked and says when there is nothing', async () => {
    const answer = await eva.request('GET', '/access-log.pdf?locale=en&from=2020-01-01&to=2020-12-31');
    const lines = (await pdfLines(answer.raw)).flat();
    expect(lines[0]).toBe('Statement of the use of data');
    expect(lines).toContain('Name: Eva Svobodová');
    expect(lines).toContain('Period: 1 Jan 2020 – 31 Dec 2020');
    expect(lines).toContain('There are no records for the chosen period.');
  });

  it('names in the PDF the registers whose records were missing', async () => {
    gateway.failing.add('drivers');
    const lines = (await pdfLines((await jan.request('GET', '/access-log.pdf?reader=authority')).raw)).flat();
    expect(lines.join(' ')).toContain('nebyly při vydání dostupné, výpis je neobsahuje: Registr řidičů');
    expect(lines.some((line) => line.includes('Finanční úřad'))).toBe(false);
  });
});

describe('POST /complaints', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

  it("sends the complaint to the register's editor from the citizen's box, in Sent with its reference", async () => {
    const answer = await jan.request('POST', '/complaints', {
      form: multipart(
        {
          register: 'cadastre',
          item: 'properties',
          problem: 'Byt v Telči jsem v září prodal, stále je veden jako můj.',
          correctValue: 'Bez vlastnictví bytu č. 12/3',
        },
        [{ name: 'kupní smlouva.pdf', content: pdf }],
      ),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.reference).toMatch(/^RU-2026-\d{6}$/);
    expect(answer.body.editor).toEqual({
      boxId: 'cuzk',
      name: { cs: 'Český úřad zeměměřický a katastrální', en: 'Czech Office for Surveying, Mapping and Cadastre' },
    });
    const sent = await jan.request('GET', `${DATA_BOX_API_PREFIX}/messages?folder=sent`);
    const message = sent.body.messages.find((m: { id: string }) => m.id === answer.body.messageId);
    expect(message).toMatchObject({
      recipient: { boxId: 'cuzk' },
      subject: `Reklamace údajů ${answer.body.reference}: Katastr nemovitostí – Nemovitosti`,
      attachments: [{ name: 'kupní smlouva.pdf', mediaType: 'application/pdf' }],
    });
    const full = await jan.request('GET', `${DATA_BOX_API_PREFIX}/messages/${answer.body.messageId}`);
    expect(full.body.body).toContain('Katastr nemovitostí (ISKN)');
    expect(full.body.body).toContain('Údaj: Nemovitosti');
    expect(full.body.body).toContain('Co je špatně: Byt v Telči jsem v září prodal, stále je veden jako můj.');
    expect(full.body.body).toContain('Správná hodnota: Bez vlastnictví bytu č. 12/3');
    expect(full.body.body).toContain(`Číslo reklamace: ${answer.body.reference}`);
    // In the editor's box: the message's counterpart is the ČÚZK's box.
    const [row] = await db.query<{ counterpart_box_id: string; status: string }>(
      'select counterpart_box_id, status from messages where id = $1',
      [answer.body.messageId],
    );
    expect(row?.counterpart_box_id).toBe('cuzk');
    expect(row?.status).not.toBe('draft');
  });

  it('writes in English for an English citizen and never repeats a reference', async () => {
    const form = () => multipart({ register: 'trade', item: 'licences', problem: 'The licence ended in 2024.' });
    const first = await eva.request('POST', '/complaints', { form: form(), headers: { 'accept-language': 'en' } });
    const second = await eva.request('POST', '/complaints', { form: form(), headers: { 'accept-language': 'en' } });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.reference).not.toBe(second.body.reference);
    expect(first.body.editor.boxId).toBe('ministerstvo-prumyslu-a-obchodu');
    const message = await eva.request('GET', `${DATA_BOX_API_PREFIX}/messages/${first.body.messageId}`);
    expect(message.body.subject).toBe(`Data complaint ${first.body.reference}: Trade register – Trade licences`);
    expect(message.body.body).toContain('The correct value: not given');
  });

  it('reaches every register editor (their boxes exist)', async () => {
    for (const [register, item, boxId] of [
      ['persons', 'entries', 'cesky-statisticky-urad'],
      ['residents', 'address', 'ministerstvo-vnitra'],
      ['drivers', 'points', 'ministerstvo-dopravy'],
      ['health', 'vaccinations', 'ministerstvo-zdravotnictvi'],
    ] as const) {
      const answer = await jan.request('POST', '/complaints', {
        form: multipart({ register, item, problem: 'Špatně.' }),
      });
      expect([register, answer.status, answer.body.editor?.boxId]).toEqual([register, 201, boxId]);
    }
  });

  it('names the field of a bad complaint', async () => {
    for (const [fields, field] of [
      [{ register: 'police', item: 'name', problem: 'x' }, 'register'],
      [{ register: 'drivers', item: 'photo', problem: 'x' }, 'item'],
      [{ register: 'drivers', item: 'points' }, 'problem'],
      [{ register: 'drivers', item: 'points', problem: '   ' }, 'problem'],
      [{ register: 'drivers', item: 'points', problem: 'x'.repeat(2001) }, 'problem'],
      [{ register: 'drivers', item: 'points', problem: 'x', correctValue: 'y'.repeat(501) }, 'correctValue'],
      [{ item: 'points', problem: 'x' }, 'register'],
    ] as const) {
      const answer = await jan.request('POST', '/complaints', { form: multipart(fields) });
      expect([JSON.stringify(fields).slice(0, 60), answer.status, answer.body.field]).toEqual([
        JSON.stringify(fields).slice(0, 60),
        400,
        field,
      ]);
    }
  });

  it('checks the attachment by its content, as the data box does', async () => {
    const fields = { register: 'drivers', item: 'points', problem: 'Body mi byly odečteny.' };
    const html = await jan.request('POST', '/complaints', {
      form: multipart(fields, [{ name: 'doklad.pdf', content: Buffer.from('<html><script>alert(1)</script></html>') }]),
    });
    expect([html.status, html.body.error, html.body.field]).toEqual([400, 'attachment-type', 'attachment']);
    const renamed = await jan.request('POST', '/complaints', {
      form: multipart(fields, [{ name: 'doklad.exe', content: pdf }]),
    });
    expect([renamed.status, renamed.body.field]).toEqual([400, 'attachment']);
    const two = await jan.request('POST', '/complaints', {
      form: multipart(fields, [
        { name: 'a.pdf', content: pdf },
        { name: 'b.pdf', content: pdf },
      ]),
    });
    expect([two.status, two.body.field]).toEqual([400, 'attachment']);
    const large = await jan.request('POST', '/complaints', {
      form: multipart(fields, [{ name: 'big.pdf', content: Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]) }]),
    });
    expect([large.status, large.body.error]).toEqual([413, 'attachment-too-large']);
  });

  it('refuses a citizen without a data box with a clear message', async () => {
    const petr = await signIn('petr');
    const answer = await petr.request('POST', '/complaints', {
      form: multipart({ register: 'drivers', item: 'points', problem: 'x' }),
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toBe('no-data-box');
    expect(answer.body.message).toMatch(/no data box/);
  });
});
