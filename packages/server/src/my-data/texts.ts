/** The words of the exports and complaints, in Czech and English (the page's texts are the remote's). */
import type { AccessOutcome, LocalizedText, Reader } from '@czp/contract';

type Texts<K extends string> = Record<K, LocalizedText>;

export const READER_KIND_LABELS: Texts<Reader['kind']> = {
  portal: { cs: 'Portál občana', en: 'Citizen Portal' },
  service: { cs: 'Služba portálu', en: 'Portal service' },
  authority: { cs: 'Orgán veřejné moci', en: 'Public authority' },
};

export const OUTCOME_LABELS: Texts<AccessOutcome> = {
  ok: { cs: 'Poskytnuto', en: 'Provided' },
  failed: { cs: 'Registr neodpověděl', en: 'The register did not answer' },
  refused: { cs: 'Odmítnuto', en: 'Refused' },
};

/** Why the bus refused a read (the refusal codes of the bus). */
export const REFUSAL_LABELS: Texts<string> = {
  'undeclared-read': { cs: 'služba tyto údaje nehlásí', en: 'the service does not declare this data' },
  'service-not-added': { cs: 'službu nemáte přidanou', en: 'you have not added the service' },
  'consent-required': { cs: 'chybí souhlas', en: 'no consent' },
  'register-unavailable': { cs: 'registr nebyl dostupný', en: 'the register was unavailable' },
  'access-log-unavailable': { cs: 'čtení nešlo zaznamenat', en: 'the read could not be logged' },
  'unknown-item': { cs: 'neznámý údaj', en: 'unknown item' },
};

export const SOURCE_LABELS: Texts<'portal' | 'register'> = {
  portal: { cs: 'Záznam Portálu občana', en: 'Citizen Portal log' },
  register: { cs: 'Záznam registru', en: 'Register record' },
};

export const EXPORT_TEXTS = {
  title: { cs: 'Výpis o využití údajů', en: 'Statement of the use of data' },
  subtitle: {
    cs: 'Kdo a proč využil vaše údaje ze základních a agendových registrů (zákon č. 111/2009 Sb., o základních registrech)',
    en: 'Who used your data from the basic and agenda registers, and why (Act No. 111/2009 Coll., on Basic Registers)',
  },
  person: { cs: 'Jméno a příjmení', en: 'Name' },
  period: { cs: 'Období', en: 'Period' },
  issued: { cs: 'Datum vydání', en: 'Date of issue' },
  register: { cs: 'Registr', en: 'Register' },
  reader: { cs: 'Kdo', en: 'Who' },
  count: { cs: 'Počet záznamů', en: 'Number of records' },
  none: { cs: 'Za zvolené období nejsou žádné záznamy.', en: 'There are no records for the chosen period.' },
  unavailable: {
    cs: 'Vlastní záznamy těchto registrů nebyly při vydání dostupné, výpis je neobsahuje:',
    en: 'The own records of these registers were not available at the time of issue and are missing:',
  },
  page: { cs: 'Strana', en: 'Page' },
  of: { cs: 'z', en: 'of' },
  footer: { cs: 'Portál občana', en: 'Citizen Portal' },
  fileName: { cs: 'vypis-o-vyuziti-udaju', en: 'statement-of-the-use-of-data' },
} satisfies Texts<string>;

/** The columns of the CSV (the PDF's table draws the first five, with agenda and outcome in their cells). */
export const COLUMN_LABELS = {
  time: { cs: 'Čas', en: 'Time' },
  reader: { cs: 'Kdo', en: 'Who' },
  readerKind: { cs: 'Druh čtenáře', en: 'Kind of reader' },
  register: { cs: 'Registr', en: 'Register' },
  agenda: { cs: 'Agenda', en: 'Agenda' },
  items: { cs: 'Údaje', en: 'Items' },
  purpose: { cs: 'Účel', en: 'Purpose' },
  outcome: { cs: 'Výsledek', en: 'Outcome' },
  source: { cs: 'Zdroj záznamu', en: 'Source' },
} satisfies Texts<string>;

/** The PDF table's headings. */
export const TABLE_LABELS = {
  time: COLUMN_LABELS.time,
  reader: COLUMN_LABELS.reader,
  register: { cs: 'Registr / agenda', en: 'Register / agenda' },
  items: COLUMN_LABELS.items,
  purpose: COLUMN_LABELS.purpose,
} satisfies Texts<string>;

export const COMPLAINT_TEXTS = {
  subject: { cs: 'Reklamace údajů', en: 'Data complaint' },
  greeting: { cs: 'Dobrý den,', en: 'Dear Sir or Madam,' },
  intro: {
    cs: 'žádám o opravu údaje, který o mně vede',
    en: 'I ask for the correction of an item of my data kept in the',
  },
  item: { cs: 'Údaj', en: 'Item' },
  problem: { cs: 'Co je špatně', en: 'What is wrong' },
  correctValue: { cs: 'Správná hodnota', en: 'The correct value' },
  noCorrectValue: { cs: 'neuvedena', en: 'not given' },
  attachment: { cs: 'Příloha', en: 'Attachment' },
  reference: { cs: 'Číslo reklamace', en: 'Complaint reference' },
  sentFrom: {
    cs: 'Odesláno z Portálu občana, sekce Moje údaje.',
    en: 'Sent from the Citizen Portal, section My data.',
  },
  regards: { cs: 'S pozdravem', en: 'Yours faithfully' },
} satisfies Texts<string>;
