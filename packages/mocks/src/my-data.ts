import {
  ACCESS_LOG_LIMITS,
  type AccessLogEntry,
  type AgendaRecord,
  CONTACT_KINDS,
  CONTACT_LIMITS,
  type ComplaintReceipt,
  type ContactKind,
  type Contacts,
  DOCUMENT_EXPIRING_DAYS,
  type DocumentRecord,
  type DocumentView,
  MY_DATA_API_PREFIX,
  PORTAL_READERS,
  READ_PURPOSES,
  REGISTER_INFO,
  REGISTER_ITEMS,
  REGISTERS,
  type RegisterData,
  type RegisterId,
} from '@czp/contract';
import { HttpResponse, http } from 'msw';

/**
 * The "my data" API (/api/services/my-data/…) as msw handlers, with Jan Novák's data as the development register
 * server has them: residence in Telč, an identity card that expires within 30 days, a passport, a driving licence with
 * penalty points, a flat, a trade licence, vaccinations. Dates are relative to `today`, so the identity card is always
 * about to expire. Variants: registers that fail (503 register-unavailable), a citizen without a data box (complaints
 * 403 no-data-box).
 */

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const addYears = (date: Date, years: number) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
};

// A plain silhouette: the state-registered photo of a test citizen is no real face.
const PHOTO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 160"><rect width="120" height="160" fill="#dfe6ee"/>' +
  '<circle cx="60" cy="62" r="28" fill="#8a9bb0"/><path d="M14 160c4-34 24-52 46-52s42 18 46 52z" fill="#8a9bb0"/></svg>';

const telc = {
  code: '12345678',
  street: 'náměstí Zachariáše z Hradce',
  houseNumber: '1',
  orientationNumber: null,
  district: null,
  municipality: 'Telč',
  postalCode: '58856',
};

/** Jan Novák's data in every register, as of `today`. */
export function janNovakRegisters(today = new Date()): RegisterData {
  const idCardIssued = addYears(addDays(today, 20), -10);
  return {
    residents: {
      name: { givenName: 'Jan', familyName: 'Novák' },
      birth: { date: '1978-03-14', place: 'Jihlava' },
      citizenship: { code: '203', name: { cs: 'Česká republika', en: 'Czech Republic' } },
      address: telc,
      dataBoxId: 'n7xk2pq',
      photo: { mediaType: 'image/svg+xml', base64: btoa(PHOTO_SVG) },
      documents: [
        {
          kind: 'id-card',
          number: '205487391',
          issuedOn: isoDay(idCardIssued),
          validUntil: isoDay(addDays(today, 20)),
          issuer: { cs: 'Městský úřad Telč', en: 'Municipal Office of Telč' },
        },
        {
          kind: 'passport',
          number: '43920117',
          issuedOn: isoDay(addYears(today, -3)),
          validUntil: isoDay(addYears(today, 7)),
          issuer: { cs: 'Magistrát města Jihlavy', en: 'Jihlava City Council' },
        },
      ],
    },
    persons: {
      entries: [
        {
          ico: '08834567',
          name: 'Jan Novák',
          legalForm: { cs: 'Fyzická osoba podnikající', en: 'Self-employed person' },
          role: { cs: 'Podnikatel', en: 'Entrepreneur' },
          since: '2019-09-01',
          address: telc,
        },
      ],
    },
    drivers: {
      licence: {
        kind: 'driving-licence',
        number: 'EK482913',
        issuedOn: isoDay(addYears(today, -4)),
        validUntil: isoDay(addYears(today, 6)),
        issuer: { cs: 'Městský úřad Telč', en: 'Municipal Office of Telč' },
        categories: ['AM', 'B1', 'B'],
      },
      points: {
        total: 3,
        events: [
          {
            date: isoDay(addDays(today, -200)),
            offence: { cs: 'Překročení rychlosti v obci o 20 km/h', en: 'Speeding by 20 km/h in a built-up area' },
            points: 3,
          },
        ],
      },
    },
    cadastre: {
      properties: [
        {
          kind: 'unit',
          cadastralArea: 'Telč',
          titleDeed: '1523',
          description: { cs: 'Byt č. 1/4, 3+1', en: 'Flat No. 1/4, three rooms and kitchen' },
          share: '1/1',
          address: telc,
        },
      ],
    },
    trade: {
      ico: '08834567',
      licences: [
        {
          subject: {
            cs: 'Výroba, obchod a služby neuvedené v přílohách 1 až 3 živnostenského zákona',
            en: 'Production, trade and services not listed in annexes 1 to 3 of the Trade Licensing Act',
          },
          kind: 'free',
          since: '2019-09-01',
          state: 'active',
        },
      ],
    },
    health: {
      insurer: { code: '111', name: { cs: 'Všeobecná zdravotní pojišťovna', en: 'General Health Insurance Company' } },
      vaccinations: [
        { date: '2021-05-20', vaccine: 'Comirnaty', disease: { cs: 'Covid-19', en: 'COVID-19' } },
        { date: '2019-10-02', vaccine: 'Boostrix', disease: { cs: 'Tetanus', en: 'Tetanus' } },
        { date: '2025-10-15', vaccine: 'Vaxigrip Tetra', disease: { cs: 'Chřipka', en: 'Influenza' } },
      ],
    },
  };
}

/** Jan's documents as GET /documents answers them (state by DOCUMENT_EXPIRING_DAYS). */
export function janNovakDocuments(today = new Date(), unavailable: readonly RegisterId[] = []): DocumentView[] {
  const data = janNovakRegisters(today);
  const from = (register: RegisterId, records: readonly DocumentRecord[]): DocumentView[] =>
    unavailable.includes(register)
      ? []
      : records.map((record) => {
          const daysLeft = Math.round((Date.parse(record.validUntil) - Date.parse(isoDay(today))) / DAY);
          const state = daysLeft < 0 ? 'expired' : daysLeft <= DOCUMENT_EXPIRING_DAYS ? 'expiring' : 'valid';
          const { kind, number, issuedOn, validUntil, issuer } = record;
          return { kind, number, issuedOn, validUntil, issuer, state, daysLeft, register };
        });
  return [
    ...from('residents', data.residents.documents ?? []),
    ...from('drivers', data.drivers.licence ? [data.drivers.licence] : []),
  ];
}

export const janNovakAgendas: AgendaRecord[] = [
  {
    code: 'A121',
    name: { cs: 'Základní registr obyvatel', en: 'Register of residents' },
    holds: [
      { cs: 'Jméno a příjmení', en: 'Name and surname' },
      { cs: 'Adresa místa pobytu', en: 'Address of residence' },
      { cs: 'Datum a místo narození', en: 'Date and place of birth' },
    ],
    administrator: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' },
  },
  {
    code: 'A34',
    name: { cs: 'Registr řidičů', en: 'Register of drivers' },
    holds: [
      { cs: 'Řidičské oprávnění', en: 'Driving licence' },
      { cs: 'Bodové hodnocení', en: 'Penalty points' },
    ],
    administrator: { cs: 'Ministerstvo dopravy', en: 'Ministry of Transport' },
  },
  {
    code: 'A6',
    name: { cs: 'Katastr nemovitostí', en: 'Real estate cadastre' },
    holds: [{ cs: 'Vlastnictví nemovitostí', en: 'Ownership of real estate' }],
    administrator: {
      cs: 'Český úřad zeměměřický a katastrální',
      en: 'Czech Office for Surveying, Mapping and Cadastre',
    },
  },
];

const portalReader = (id: keyof typeof PORTAL_READERS) => ({ kind: 'portal' as const, id, name: PORTAL_READERS[id] });

/** Who read Jan's data: the portal's own reads, a refused read by a service, and the registers' own records. */
export function janNovakAccessLog(today = new Date()): AccessLogEntry[] {
  const at = (daysAgo: number, hour: number) => {
    const time = addDays(today, -daysAgo);
    time.setUTCHours(hour, 15, 0, 0);
    return time.toISOString();
  };
  const entries: AccessLogEntry[] = [
    {
      id: 'log-1',
      at: at(0, 8),
      reader: portalReader('data'),
      register: 'residents',
      items: Object.keys(REGISTER_ITEMS.residents),
      purpose: READ_PURPOSES['show-to-citizen'],
      outcome: 'ok',
      source: 'portal',
    },
    {
      id: 'log-2',
      at: at(0, 7),
      reader: portalReader('documents'),
      register: 'drivers',
      items: ['licence'],
      purpose: READ_PURPOSES['document-validity'],
      outcome: 'ok',
      source: 'portal',
    },
    {
      id: 'log-3',
      at: at(2, 10),
      reader: { kind: 'service', id: 'vitakarta', name: { cs: 'Vitakarta', en: 'Vitakarta' } },
      register: 'health',
      items: ['vaccinations'],
      purpose: READ_PURPOSES['prefill-form'],
      outcome: 'refused',
      refusal: 'undeclared-read',
      source: 'portal',
    },
    {
      id: 'log-4',
      at: at(5, 9),
      reader: {
        kind: 'service',
        id: 'znojmo',
        name: { cs: 'Portál občana města Znojma', en: 'Citizen Portal of Znojmo' },
      },
      register: 'residents',
      items: ['name', 'address'],
      purpose: READ_PURPOSES['prefill-form'],
      outcome: 'ok',
      source: 'portal',
    },
    {
      id: 'reg-residents-1',
      at: at(12, 13),
      reader: {
        kind: 'authority',
        id: 'policie-cr',
        name: { cs: 'Policie České republiky', en: 'Police of the Czech Republic' },
      },
      register: 'residents',
      items: ['jméno', 'adresa'],
      purpose: { cs: 'Silniční kontrola', en: 'Roadside check' },
      outcome: 'ok',
      source: 'register',
    },
    {
      id: 'reg-trade-1',
      at: at(40, 11),
      reader: {
        kind: 'authority',
        id: 'fs-jihlava',
        name: { cs: 'Finanční úřad pro Kraj Vysočina', en: 'Tax Office for the Vysočina Region' },
      },
      register: 'trade',
      items: ['IČO', 'živnostenská oprávnění'],
      purpose: { cs: 'Správa daní', en: 'Tax administration' },
      outcome: 'ok',
      source: 'register',
    },
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

export interface MyDataMockOptions {
  /** '' in a browser (same origin), a full origin under Node. */
  origin?: string;
  /** "Today" for relative dates (default: now). */
  today?: Date;
  /** Registers that answer 503 register-unavailable (their own access records are then `unavailable` too). */
  failing?: readonly RegisterId[];
  /** The citizen has no data box: a complaint is 403 no-data-box. */
  noDataBox?: boolean;
  /** The code the contacts' verification accepts. */
  code?: string;
  /** The access log to answer with (default Jan's). */
  accessLog?: AccessLogEntry[];
  /** Contacts at the start (default: Jan's verified e-mail, no phone). */
  contacts?: Contacts;
  /** Called with each complaint's fields, as the server received them. */
  onComplaint?: (fields: {
    register: string;
    item: string;
    problem: string;
    correctValue: string;
    attachment: File | null;
  }) => void;
}

const refusal = (status: number, error: string, message: string, field?: string) =>
  HttpResponse.json({ error, message, ...(field ? { field } : {}) }, { status });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\d{9,15}$/;

/** The handlers; contacts change as the citizen sets and verifies them (state kept per call of this function). */
export function myDataHandlers(options: MyDataMockOptions = {}) {
  const { origin = '', failing = [], noDataBox = false, code: goodCode = '123456' } = options;
  const base = `${origin}${MY_DATA_API_PREFIX}`;
  const today = () => options.today ?? new Date();
  let contacts: Contacts = options.contacts ?? {
    email: {
      value: 'jan.novak@example.cz',
      verified: true,
      verifiedAt: '2026-01-10T09:00:00.000Z',
      pendingUntil: null,
      pendingValue: null,
    },
    phone: null,
  };
  let references = 122;

  const isKind = (value: unknown): value is ContactKind => CONTACT_KINDS.includes(value as ContactKind);

  return [
    http.get(`${base}/registers/:register`, ({ params }) => {
      const register = params.register as RegisterId;
      if (!REGISTERS.includes(register)) return refusal(404, 'not-found', `There is no register ${String(register)}`);
      if (failing.includes(register)) {
        return refusal(503, 'register-unavailable', `The register ${register} did not answer`);
      }
      return HttpResponse.json({ register, data: janNovakRegisters(today())[register], readAt: today().toISOString() });
    }),
    http.get(`${base}/documents`, () => {
      const unavailable = failing.filter((r) => r === 'residents' || r === 'drivers');
      return HttpResponse.json({ documents: janNovakDocuments(today(), unavailable), unavailable });
    }),
    http.get(`${base}/agendas`, () => HttpResponse.json({ agendas: janNovakAgendas })),
    http.get(`${base}/access-log`, ({ request }) => {
      const url = new URL(request.url);
      const register = url.searchParams.get('register');
      const reader = url.searchParams.get('reader');
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      const page = Number(url.searchParams.get('page') ?? '1');
      if (register && !REGISTERS.includes(register as RegisterId)) {
        return refusal(400, 'invalid-query', 'register must be one of the registers', 'register');
      }
      if (!Number.isInteger(page) || page < 1)
        return refusal(400, 'invalid-query', 'page must be a whole number', 'page');
      const matching = (options.accessLog ?? janNovakAccessLog(today())).filter(
        (entry) =>
          (!register || entry.register === register) &&
          (!reader || entry.reader.kind === reader || entry.reader.id === reader) &&
          (!from || entry.at.slice(0, 10) >= from) &&
          (!to || entry.at.slice(0, 10) <= to),
      );
      const { pageSize } = ACCESS_LOG_LIMITS;
      return HttpResponse.json({
        entries: matching.slice((page - 1) * pageSize, page * pageSize),
        total: matching.length,
        page,
        pageSize,
        unavailable: [...failing],
      });
    }),
    http.get(`${base}/contacts`, () => HttpResponse.json(contacts)),
    http.put(`${base}/contacts/:kind`, async ({ params, request }) => {
      const kind = params.kind;
      if (!isKind(kind)) return refusal(404, 'not-found', 'kind must be email or phone');
      const body = (await request.json().catch(() => null)) as { value?: unknown } | null;
      const value = typeof body?.value === 'string' ? body.value.trim() : '';
      const valid = kind === 'email' ? EMAIL.test(value) : PHONE.test(value.replace(/\s/g, ''));
      if (!valid) return refusal(400, 'validation', `value must be a valid ${kind}`, 'value');
      const pendingUntil = new Date(Date.now() + CONTACT_LIMITS.codeMinutes * 60_000).toISOString();
      // A verified value stays in use while the new one waits for its code.
      const current = contacts[kind];
      contacts = {
        ...contacts,
        [kind]: current?.verified
          ? { ...current, pendingUntil, pendingValue: value }
          : { value, verified: false, verifiedAt: null, pendingUntil, pendingValue: value },
      };
      return HttpResponse.json(contacts);
    }),
    http.post(`${base}/contacts/:kind/verify`, async ({ params, request }) => {
      const kind = params.kind;
      if (!isKind(kind)) return refusal(404, 'not-found', 'kind must be email or phone');
      const current = contacts[kind];
      if (!current?.pendingUntil || !current.pendingValue) {
        return refusal(400, 'code-expired', 'No code is waiting for this contact.', 'code');
      }
      const body = (await request.json().catch(() => null)) as { code?: unknown } | null;
      if (body?.code !== goodCode)
        return refusal(400, 'wrong-code', 'This is not the code we sent. Check it and try again.', 'code');
      contacts = {
        ...contacts,
        [kind]: {
          value: current.pendingValue,
          verified: true,
          verifiedAt: new Date().toISOString(),
          pendingUntil: null,
          pendingValue: null,
        },
      };
      return HttpResponse.json(contacts);
    }),
    http.delete(`${base}/contacts/:kind`, ({ params }) => {
      const kind = params.kind;
      if (!isKind(kind)) return refusal(404, 'not-found', 'kind must be email or phone');
      contacts = { ...contacts, [kind]: null };
      return HttpResponse.json(contacts);
    }),
    http.post(`${base}/complaints`, async ({ request }) => {
      const form = await request.formData();
      const text = (name: string) => {
        const value = form.get(name);
        return typeof value === 'string' ? value : '';
      };
      const file = form.get('attachment');
      const fields = {
        register: text('register'),
        item: text('item'),
        problem: text('problem'),
        correctValue: text('correctValue'),
        attachment: file && typeof file !== 'string' ? (file as File) : null,
      };
      const register = fields.register as RegisterId;
      if (!REGISTERS.includes(register))
        return refusal(400, 'invalid-complaint', 'register is not a register', 'register');
      if (!Object.hasOwn(REGISTER_ITEMS[register], fields.item)) {
        return refusal(400, 'invalid-complaint', `item is not an item of ${register}`, 'item');
      }
      if (!fields.problem.trim()) return refusal(400, 'invalid-complaint', 'problem is required', 'problem');
      if (noDataBox) {
        return refusal(403, 'no-data-box', 'You have no data box. You can set one up at a Czech POINT office');
      }
      options.onComplaint?.(fields);
      references += 1;
      const receipt: ComplaintReceipt = {
        messageId: `00000000-0000-4000-8000-${String(references).padStart(12, '0')}`,
        reference: `RU-${today().getUTCFullYear()}-${String(references).padStart(6, '0')}`,
        editor: REGISTER_INFO[register].editor,
      };
      return HttpResponse.json(receipt, { status: 201 });
    }),
  ];
}
