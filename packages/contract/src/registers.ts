/**
 * The state's registers as the portal reads them through the service bus, and the "my data" API under
 * /api/services/my-data/. Zod-free: the shapes of register answers are inferred (type-only) from
 * register-schemas.ts, which the bus and the development register server validate with.
 */
import type { z } from 'zod';
import type { DataCategory } from './data-categories.js';
import type { LocalizedText } from './localized.js';
import type {
  agendaRecordSchema,
  documentRecordSchema,
  registerAccessRecordSchema,
  registerDataSchemas,
  ruianAddressSchema,
} from './register-schemas.js';

export const REGISTERS = ['residents', 'persons', 'drivers', 'cadastre', 'trade', 'health'] as const;
export type RegisterId = (typeof REGISTERS)[number];

export type RegisterData = { [R in RegisterId]: z.infer<(typeof registerDataSchemas)[R]> };
export type RuianAddress = z.infer<typeof ruianAddressSchema>;
export type DocumentRecord = z.infer<typeof documentRecordSchema>;
export type RegisterAccessRecord = z.infer<typeof registerAccessRecordSchema>;
export type AgendaRecord = z.infer<typeof agendaRecordSchema>;

/** The items of each register a reader may ask for, and the category of data (czp.service.json `dataReads`) each is. */
export const REGISTER_ITEMS = {
  residents: {
    name: 'identity',
    birth: 'identity',
    citizenship: 'identity',
    photo: 'identity',
    dataBoxId: 'identity',
    documents: 'identity',
    address: 'address',
  },
  persons: { entries: 'trade-licences' },
  drivers: { licence: 'driving-licence', points: 'driving-licence' },
  cadastre: { properties: 'real-estate' },
  trade: { ico: 'trade-licences', licences: 'trade-licences' },
  health: { insurer: 'health-insurance', vaccinations: 'health-records' },
} as const satisfies { [R in RegisterId]: { [I in keyof Required<RegisterData[R]>]: DataCategory } };
export type RegisterItem<R extends RegisterId = RegisterId> = keyof (typeof REGISTER_ITEMS)[R] & string;

export interface RegisterInfo {
  name: LocalizedText;
  abbreviation: LocalizedText;
  /** Its agenda's code in the register of rights and obligations (RPP). */
  agenda: string;
  /** Who edits the data (a data-related complaint goes to this authority's data box). */
  editor: { boxId: string; name: LocalizedText };
}

export const REGISTER_INFO: Record<RegisterId, RegisterInfo> = {
  residents: {
    name: { cs: 'Základní registr obyvatel', en: 'Register of residents' },
    abbreviation: { cs: 'ROB', en: 'ROB' },
    agenda: 'A121',
    editor: { boxId: 'ministerstvo-vnitra', name: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' } },
  },
  persons: {
    name: { cs: 'Základní registr osob', en: 'Register of persons' },
    abbreviation: { cs: 'ROS', en: 'ROS' },
    agenda: 'A122',
    editor: { boxId: 'cesky-statisticky-urad', name: { cs: 'Český statistický úřad', en: 'Czech Statistical Office' } },
  },
  drivers: {
    name: { cs: 'Registr řidičů', en: 'Register of drivers' },
    abbreviation: { cs: 'CRŘ', en: 'CRŘ' },
    agenda: 'A34',
    editor: { boxId: 'ministerstvo-dopravy', name: { cs: 'Ministerstvo dopravy', en: 'Ministry of Transport' } },
  },
  cadastre: {
    name: { cs: 'Katastr nemovitostí', en: 'Real estate cadastre' },
    abbreviation: { cs: 'ISKN', en: 'ISKN' },
    agenda: 'A6',
    editor: {
      boxId: 'cuzk',
      name: { cs: 'Český úřad zeměměřický a katastrální', en: 'Czech Office for Surveying, Mapping and Cadastre' },
    },
  },
  trade: {
    name: { cs: 'Živnostenský rejstřík', en: 'Trade register' },
    abbreviation: { cs: 'RŽP', en: 'RŽP' },
    agenda: 'A1',
    editor: {
      boxId: 'ministerstvo-prumyslu-a-obchodu',
      name: { cs: 'Ministerstvo průmyslu a obchodu', en: 'Ministry of Industry and Trade' },
    },
  },
  health: {
    name: { cs: 'Zdravotní dokumentace', en: 'Health documentation' },
    abbreviation: { cs: 'eZdraví', en: 'eHealth' },
    agenda: 'A1086',
    editor: {
      boxId: 'ministerstvo-zdravotnictvi',
      name: { cs: 'Ministerstvo zdravotnictví', en: 'Ministry of Health' },
    },
  },
};

/** Why a read is made: a fixed list, so the citizen reads every purpose in their language. */
export const READ_PURPOSES = {
  'show-to-citizen': { cs: 'Zobrazení údajů občanovi', en: 'Showing the data to the citizen' },
  'prefill-form': { cs: 'Předvyplnění formuláře', en: 'Prefilling a form' },
  'check-eligibility': { cs: 'Posouzení nároku', en: 'Checking an entitlement' },
  'document-validity': { cs: 'Hlídání platnosti dokladů', en: 'Watching the validity of documents' },
} as const satisfies Record<string, LocalizedText>;
export type ReadPurpose = keyof typeof READ_PURPOSES;

/** The portal's own sections that read registers (they may read every item, always for the citizen themselves). */
export const PORTAL_READERS = {
  profile: { cs: 'Portál občana – Profil', en: 'Citizen Portal – Profile' },
  data: { cs: 'Portál občana – Údaje', en: 'Citizen Portal – Data' },
  documents: { cs: 'Portál občana – Dokumenty', en: 'Citizen Portal – Documents' },
  calendar: { cs: 'Portál občana – Kalendář', en: 'Citizen Portal – Calendar' },
} as const satisfies Record<string, LocalizedText>;
export type PortalReader = keyof typeof PORTAL_READERS;

/** Who read: a portal section, a service of the catalogue, or (from a register's own records) an outside authority. */
export type Reader =
  | { kind: 'portal'; id: PortalReader; name: LocalizedText }
  | { kind: 'service'; id: string; name: LocalizedText }
  | { kind: 'authority'; id: string; name: LocalizedText };

export const ACCESS_OUTCOMES = ['ok', 'failed', 'refused'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];

/** One read of the citizen's data, as "who used my data" shows it. */
export interface AccessLogEntry {
  id: string;
  /** ISO 8601. */
  at: string;
  reader: Reader;
  register: RegisterId;
  /** Item names (REGISTER_ITEMS) for portal reads; the register's own words for an authority's read. */
  items: string[];
  purpose: LocalizedText;
  /** Portal reads only: `failed` when the register did not answer, `refused` when the bus said no. */
  outcome: AccessOutcome;
  /** Why a read was refused (`undeclared-read`, ...), for refused reads. */
  refusal?: string;
  /** Where the record comes from: the portal's own access log, or the register's record of outside reads. */
  source: 'portal' | 'register';
}

export const ACCESS_LOG_LIMITS = { pageSize: 50, maxPage: 10_000, keepDays: 2 * 366 } as const;

/** GET /access-log (and .csv, .pdf with the same filters). All optional. */
export interface AccessLogQuery {
  register?: RegisterId;
  /** `portal`, `service`, `authority`, or a reader's id. */
  reader?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  page?: number;
}

export interface AccessLogPage {
  entries: AccessLogEntry[];
  total: number;
  page: number;
  pageSize: number;
  /** Registers whose own records could not be fetched now (their portal reads are still listed). */
  unavailable: RegisterId[];
}

/** GET /registers/:register: one register's data for a portal section. */
export interface RegisterAnswer<R extends RegisterId = RegisterId> {
  register: R;
  data: RegisterData[R];
  /** When the bus read it (ISO 8601). */
  readAt: string;
}

export type DocumentState = 'valid' | 'expiring' | 'expired';
/** Days before expiry from which a document counts as expiring. */
export const DOCUMENT_EXPIRING_DAYS = 30;

/** GET /documents: the citizen's documents known to the state. */
export interface DocumentView extends DocumentRecord {
  state: DocumentState;
  /** Whole days from today to `validUntil` (negative when expired). */
  daysLeft: number;
  register: RegisterId;
}
export interface DocumentList {
  documents: DocumentView[];
  /** Registers that did not answer (their documents are missing from the list). */
  unavailable: RegisterId[];
}

/** GET /agendas: where the state keeps my data. */
export interface AgendaList {
  agendas: AgendaRecord[];
}

/** POST /complaints (multipart: register, item, problem, correctValue, attachment?). */
export const COMPLAINT_LIMITS = { problemLength: 2000, correctValueLength: 500, fileBytes: 10 * 1024 * 1024 } as const;
export interface ComplaintReceipt {
  /** The data box message that carries it (in the citizen's Sent items). */
  messageId: string;
  /** The reference the citizen quotes, e.g. RU-2026-000123. */
  reference: string;
  editor: { boxId: string; name: LocalizedText };
}

/** The citizen's data for communication (PROFILE), verified by a code. */
export const CONTACT_KINDS = ['email', 'phone'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export interface ContactView {
  /** The verified value; without one, the value waiting to be verified. */
  value: string;
  /** Whether `value` is verified (only a verified value is used for notifications). */
  verified: boolean;
  /** ISO 8601, when verified. */
  verifiedAt: string | null;
  /** A code was sent and waits to be entered (until this time, ISO 8601). */
  pendingUntil: string | null;
  /**
   * A new value waiting for its code (also once the code expired: then send a new one), or null. While it waits,
   * the verified `value` stays in use.
   */
  pendingValue: string | null;
}
export type Contacts = Record<ContactKind, ContactView | null>;
export const CONTACT_LIMITS = { codeLength: 6, codeMinutes: 15, codeAttempts: 5, emailLength: 254 } as const;

/** Why a register read did not happen (the refusal's `error`). */
export const REGISTER_REFUSALS = [
  'register-unavailable',
  'undeclared-read',
  'service-not-added',
  'consent-required',
  'access-log-unavailable',
] as const;

/** Where the "my data" API lives: the portal's own sections (PROFILE, DATA, DOCUMENTS) reach only this. */
export const MY_DATA_API_PREFIX = '/api/services/my-data';
/** A service's register reads: GET /api/services/<id>/registers/<register>?items=a,b&purpose=prefill-form. */
export const SERVICE_REGISTERS_PATH = '/registers';

/** What each item is called, for the panels, the access log, its exports and complaints. */
export const REGISTER_ITEM_LABELS: { [R in RegisterId]: Record<RegisterItem<R>, LocalizedText> } = {
  residents: {
    name: { cs: 'Jméno a příjmení', en: 'Name and surname' },
    birth: { cs: 'Datum a místo narození', en: 'Date and place of birth' },
    citizenship: { cs: 'Státní občanství', en: 'Citizenship' },
    photo: { cs: 'Fotografie', en: 'Photograph' },
    dataBoxId: { cs: 'Identifikátor datové schránky', en: 'Data box ID' },
    documents: { cs: 'Doklady', en: 'Documents' },
    address: { cs: 'Adresa místa pobytu', en: 'Address of residence' },
  },
  persons: { entries: { cs: 'Zápisy v registru osob', en: 'Entries in the register of persons' } },
  drivers: {
    licence: { cs: 'Řidičský průkaz', en: 'Driving licence' },
    points: { cs: 'Body v bodovém hodnocení', en: 'Penalty points' },
  },
  cadastre: { properties: { cs: 'Nemovitosti', en: 'Real estate' } },
  trade: {
    ico: { cs: 'IČO', en: 'Company ID (IČO)' },
    licences: { cs: 'Živnostenská oprávnění', en: 'Trade licences' },
  },
  health: {
    insurer: { cs: 'Zdravotní pojišťovna', en: 'Health insurer' },
    vaccinations: { cs: 'Očkování', en: 'Vaccinations' },
  },
};
