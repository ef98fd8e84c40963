import {
  type DocumentRecord,
  REGISTER_ITEM_LABELS,
  type RegisterData,
  type RegisterId,
  type RegisterItem,
} from '@czp/contract';
import type { RegisterDataRow } from '@czp/design-system/content';
import type { Translator } from '@czp/remote-sdk';
import { formatAddress } from './format.js';
import type { MessageKey } from './messages.js';

/**
 * What each register's panel on the DATA page shows: its label/value rows, formatted for the page's language. Pure, so
 * the rules (which items, in what words) are tested without rendering.
 */

type T = Translator<MessageKey>;

/** A date-only value (YYYY-MM-DD) in the page's language; UTC, so the day never shifts with the time zone. */
export const formatDay = (t: T, iso: string) => t.formatDate(iso, { dateStyle: 'long', timeZone: 'UTC' });

export function itemLabel<R extends RegisterId>(t: T, register: R, item: RegisterItem<R>): string {
  const labels: Record<string, { cs: string; en: string }> = REGISTER_ITEM_LABELS[register];
  return labels[item]?.[t.locale] ?? item;
}

const dayRow = (t: T, label: string, iso: string | undefined): RegisterDataRow =>
  iso ? { label, value: formatDay(t, iso), dateTime: iso } : { label };

export function documentKind(t: T, kind: DocumentRecord['kind']): string {
  return t.t(kind === 'id-card' ? 'docIdCard' : kind === 'passport' ? 'docPassport' : 'docDrivingLicence');
}

type Rows<R extends RegisterId> = (t: T, data: RegisterData[R]) => RegisterDataRow[];

const residents: Rows<'residents'> = (t, data) => [
  {
    label: itemLabel(t, 'residents', 'name'),
    value: data.name ? `${data.name.givenName} ${data.name.familyName}` : null,
  },
  { label: itemLabel(t, 'residents', 'address'), value: data.address ? formatAddress(data.address) : null },
  dayRow(t, t.t('birthDate'), data.birth?.date),
  {
    label: itemLabel(t, 'residents', 'citizenship'),
    value: data.citizenship ? `${data.citizenship.code} ${data.citizenship.name[t.locale]}` : null,
  },
  { label: t.t('birthPlace'), value: data.birth?.place ?? null },
  { label: itemLabel(t, 'residents', 'dataBoxId'), value: data.dataBoxId ?? null },
];

const persons: Rows<'persons'> = (t, data) => {
  const entries = data.entries ?? [];
  if (entries.length === 0) return [{ label: itemLabel(t, 'persons', 'entries'), value: t.t('noEntries') }];
  return entries.map((entry) => ({
    label: `${entry.name} (${t.t('icoValue', { ico: entry.ico })})`,
    value: [
      entry.role[t.locale],
      entry.legalForm[t.locale],
      t.t('since', { date: formatDay(t, entry.since) }),
      formatAddress(entry.address),
    ].join(', '),
  }));
};

const drivers: Rows<'drivers'> = (t, data) => {
  const licence = data.licence;
  const rows: RegisterDataRow[] = [
    {
      label: itemLabel(t, 'drivers', 'licence'),
      value: licence ? t.t('numberValue', { number: licence.number }) : null,
    },
  ];
  if (licence) {
    rows.push({ label: t.t('categories'), value: licence.categories.join(', ') });
    rows.push(dayRow(t, t.t('validUntil'), licence.validUntil));
  }
  const points = data.points;
  rows.push({
    label: itemLabel(t, 'drivers', 'points'),
    value: points ? t.t('pointsValue', { points: t.formatNumber(points.total) }) : null,
  });
  for (const event of points?.events ?? []) {
    rows.push({
      label: t.t('pointsEvent', { date: formatDay(t, event.date) }),
      value: t.t('pointsEventValue', { offence: event.offence[t.locale], points: t.formatNumber(event.points) }),
    });
  }
  return rows;
};

const cadastre: Rows<'cadastre'> = (t, data) => {
  const properties = data.properties ?? [];
  if (properties.length === 0) return [{ label: itemLabel(t, 'cadastre', 'properties'), value: t.t('noProperties') }];
  return properties.map((property) => ({
    label: property.description[t.locale],
    value: [
      property.address ? formatAddress(property.address) : null,
      t.t('cadastralArea', { area: property.cadastralArea }),
      t.t('titleDeed', { number: property.titleDeed }),
      t.t('share', { share: property.share }),
    ]
      .filter(Boolean)
      .join(', '),
  }));
};

const trade: Rows<'trade'> = (t, data) => {
  const rows: RegisterDataRow[] = [{ label: itemLabel(t, 'trade', 'ico'), value: data.ico ?? null }];
  const licences = data.licences ?? [];
  if (licences.length === 0) rows.push({ label: itemLabel(t, 'trade', 'licences'), value: t.t('noLicences') });
  for (const licence of licences) {
    rows.push({
      label: licence.subject[t.locale],
      value: [
        t.t(`licence_${licence.kind}`),
        t.t(`licenceState_${licence.state}`),
        t.t('since', { date: formatDay(t, licence.since) }),
      ].join(', '),
    });
  }
  return rows;
};

const health: Rows<'health'> = (t, data) => {
  const rows: RegisterDataRow[] = [
    {
      label: itemLabel(t, 'health', 'insurer'),
      value: data.insurer ? `${data.insurer.code} ${data.insurer.name[t.locale]}` : null,
    },
  ];
  const vaccinations = [...(data.vaccinations ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  if (vaccinations.length === 0)
    rows.push({ label: itemLabel(t, 'health', 'vaccinations'), value: t.t('noVaccinations') });
  for (const vaccination of vaccinations) {
    rows.push({
      label: t.t('vaccination', { disease: vaccination.disease[t.locale] }),
      value: `${vaccination.vaccine}, ${formatDay(t, vaccination.date)}`,
    });
  }
  return rows;
};

const REGISTER_ROWS: { [R in RegisterId]: Rows<R> } = { residents, persons, drivers, cadastre, trade, health };

export function registerRows<R extends RegisterId>(t: T, register: R, data: RegisterData[R]): RegisterDataRow[] {
  return REGISTER_ROWS[register](t, data);
}

/** The documents on the DATA page's Documents panel: from the answers already read (no read of its own). */
export function documentRows(t: T, documents: readonly DocumentRecord[]): RegisterDataRow[] {
  return documents.map((document) => ({
    label: documentKind(t, document.kind),
    value: t.t('documentValue', {
      number: document.number,
      date: formatDay(t, document.validUntil),
    }),
  }));
}
