import type { LocalizedText } from '@czp/contract';
import { type AttachmentRules, DOCUMENT_ATTACHMENTS, type FieldRule } from './form-checks.js';

/**
 * The life situations a citizen can apply for online: each is a submission type of czp.service.json (`submissions`)
 * whose schema is `schemaOfRules(fields)` (the schema test holds them together) and a form built from the same fields.
 */

export interface ApplicationField {
  name: string;
  rule: FieldRule;
  label: LocalizedText;
  hint?: LocalizedText;
  /** What the field must look like, said when its pattern does not match. */
  patternText?: LocalizedText;
  /** The names of a choice's options, in the order of `rule.options`. */
  optionLabels?: LocalizedText[];
  /** A longer text: a text area instead of a line. */
  multiline?: boolean;
  /** For the browser's autofill and the keyboard (inputMode). */
  autoComplete?: string;
  inputMode?: 'numeric' | 'tel' | 'email';
}

export interface Application {
  /** The submission type's id in czp.service.json. */
  type: string;
  /** The life situation (LIFE_SITUATIONS) it is the application of. */
  situationId: string;
  name: LocalizedText;
  fields: readonly ApplicationField[];
  attachments: AttachmentRules;
  /** What to attach, under the picker. */
  attachmentsHint: LocalizedText;
}

/** A phone number as the portal's contacts take it: digits, spaces and an optional leading +. */
const PHONE = '^\\+?[0-9 ]{9,20}$';

const phone: ApplicationField = {
  name: 'phone',
  rule: { kind: 'text', required: false, maxLength: 20, pattern: PHONE },
  label: { cs: 'Telefon pro případné dotazy úřadu', en: 'Phone number for the office’s questions' },
  patternText: {
    cs: 'Zadejte telefonní číslo číslicemi, například +420 605 123 456.',
    en: 'Enter the phone number in digits, for example +420 605 123 456.',
  },
  autoComplete: 'tel',
  inputMode: 'tel',
};

const note: ApplicationField = {
  name: 'note',
  rule: { kind: 'text', required: false, maxLength: 1000 },
  label: { cs: 'Poznámka pro úřad', en: 'Note for the office' },
  multiline: true,
};

/** Zábor veřejného prostranství: a stall, outdoor seating, an event or a building site on the town's public space. */
const PUBLIC_SPACE: Application = {
  type: 'zabor-verejneho-prostranstvi',
  situationId: 'market-stall',
  name: { cs: 'Žádost o užívání veřejného prostranství', en: 'Application to use public space' },
  fields: [
    {
      name: 'purpose',
      rule: { kind: 'choice', required: true, options: ['stall', 'outdoor-seating', 'event', 'building-site'] },
      label: { cs: 'Účel užívání', en: 'Purpose' },
      optionLabels: [
        { cs: 'Prodejní stánek', en: 'Market stall' },
        { cs: 'Předzahrádka', en: 'Outdoor seating' },
        { cs: 'Kulturní nebo sportovní akce', en: 'Cultural or sports event' },
        { cs: 'Stavební zařízení nebo lešení', en: 'Building site or scaffolding' },
      ],
    },
    {
      name: 'location',
      rule: { kind: 'text', required: true, minLength: 3, maxLength: 200 },
      label: { cs: 'Místo', en: 'Place' },
      hint: {
        cs: 'Například nám. Zachariáše z Hradce před domem č. p. 12.',
        en: 'For example Zachariáš of Hradec Square in front of house No. 12.',
      },
    },
    {
      name: 'areaSquareMetres',
      rule: { kind: 'integer', required: true, minimum: 1, maximum: 500 },
      label: { cs: 'Plocha v m²', en: 'Area in m²' },
      inputMode: 'numeric',
    },
    {
      name: 'from',
      rule: { kind: 'date', required: true },
      label: { cs: 'První den užívání', en: 'First day of use' },
    },
    {
      name: 'days',
      rule: { kind: 'integer', required: true, minimum: 1, maximum: 366 },
      label: { cs: 'Počet dní', en: 'Number of days' },
      inputMode: 'numeric',
    },
    phone,
    note,
  ],
  attachments: DOCUMENT_ATTACHMENTS,
  attachmentsHint: {
    cs: 'Nákres umístění s rozměry. PDF, JPEG nebo PNG, nejvýše 3 soubory, každý do 10 MB.',
    en: 'A drawing of the placement with its dimensions. PDF, JPEG or PNG, at most 3 files, each up to 10 MB.',
  },
};

/** Ohlášení změny místa trvalého pobytu: the municipal office is the registration office (ohlašovna). */
const RESIDENCE: Application = {
  type: 'trvaly-pobyt',
  situationId: 'permanent-residence',
  name: { cs: 'Ohlášení změny trvalého pobytu', en: 'Notice of a change of permanent residence' },
  fields: [
    {
      name: 'street',
      rule: { kind: 'text', required: true, minLength: 2, maxLength: 100 },
      label: { cs: 'Ulice nebo část obce', en: 'Street or part of the town' },
      hint: { cs: 'V Telči, PSČ 588 56.', en: 'In Telč, postcode 588 56.' },
      autoComplete: 'address-line1',
    },
    {
      name: 'houseNumber',
      rule: { kind: 'text', required: true, maxLength: 12, pattern: '^[0-9]{1,5}(/[0-9]{1,4}[a-zA-Z]?)?$' },
      label: { cs: 'Číslo popisné (a orientační)', en: 'House number (and street number)' },
      hint: { cs: 'Například 10 nebo 125/4.', en: 'For example 10 or 125/4.' },
      patternText: {
        cs: 'Zadejte číslo popisné, případně za lomítkem orientační, například 125/4.',
        en: 'Enter the house number, with the street number after a slash if there is one, for example 125/4.',
      },
    },
    {
      name: 'flat',
      rule: { kind: 'text', required: false, maxLength: 20 },
      label: { cs: 'Číslo bytu', en: 'Flat number' },
    },
    {
      name: 'movedOn',
      rule: { kind: 'date', required: true },
      label: { cs: 'Datum přestěhování', en: 'Date of the move' },
    },
    {
      name: 'rightToUse',
      rule: { kind: 'choice', required: true, options: ['owner', 'tenant', 'owners-consent'] },
      label: { cs: 'Oprávnění užívat byt nebo dům', en: 'Right to use the flat or house' },
      optionLabels: [
        { cs: 'Jsem vlastník', en: 'I am the owner' },
        { cs: 'Mám nájemní smlouvu', en: 'I have a lease' },
        { cs: 'Se souhlasem vlastníka', en: 'With the owner’s consent' },
      ],
    },
    phone,
    note,
  ],
  attachments: DOCUMENT_ATTACHMENTS,
  attachmentsHint: {
    cs: 'Doklad o oprávnění užívat byt (výpis z katastru, nájemní smlouva nebo souhlas vlastníka). PDF, JPEG nebo PNG, nejvýše 3 soubory, každý do 10 MB.',
    en: 'Proof of the right to use the flat (a land register extract, the lease or the owner’s consent). PDF, JPEG or PNG, at most 3 files, each up to 10 MB.',
  },
};

export const APPLICATIONS: readonly Application[] = [PUBLIC_SPACE, RESIDENCE];

export function applicationOf(situationId: string): Application | undefined {
  return APPLICATIONS.find((application) => application.situationId === situationId);
}

/** The rules of an application's fields by name: what `schemaOfRules` turns into the declared schema. */
export function rulesOf(application: Application): Record<string, FieldRule> {
  return Object.fromEntries(application.fields.map((field) => [field.name, field.rule]));
}
