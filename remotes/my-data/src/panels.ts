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
export const formatDay = (tr: T, iso: string) => tr.formatDate(iso, { dateStyle: 'long', timeZone: 'UTC' });

export function itemLabel<R extends RegisterId>(tr: T, register: R, item: RegisterItem<R>): string {
  const labels: Record<string, { cs: string; en: string }> = REGISTER_ITEM_LABELS[register];
  return labels[item]?.[tr.locale] ?? item;
}

const dayRow = (tr: T, label: string, iso: string | undefined): RegisterDataRow =>
  iso ? { label, value: formatDay(tr, iso), dateTime: iso } : { label };

export function documentKind(tr: T, kind: DocumentRecord['kind']): string {
  return tr.t(kind === 'id-card' ? 'docIdCard' : kind === 'passport' ? 'docPassport' : 'docDrivingLicence');
}

type Rows<R extends RegisterId> = (tr: T, data: RegisterData[R]) => RegisterDataRow[];

const residents: Rows<'residents'> = (tr, data) => [
  {
    label: itemLabel(tr, 'residents', 'name'),
    value: data.name ? `${data.name.givenName} ${data.name.familyName}` : null,
  },
  { label: itemLabel(tr, 'residents', 'address'), value: data.address ? formatAddress(data.address) : null },
  dayRow(tr, tr.t('birthDate'), data.birth?.date),
  {
    label: itemLabel(tr, 'residents', 'citizenship'),
    value: data.citizenship ? `${data.citizenship.code} ${data.citizenship.name[tr.locale]}` : null,
  },
  { label: tr.t('birthPlace'), value: data.birth?.place ?? null },
  { label: itemLabel(tr, 'residents', 'dataBoxId'), value: data.dataBoxId ?? null },
];

const persons: Rows<'persons'> = (tr, data) => {
  const entries = data.entries ?? [];
  if (entries.length === 0) return [{ label: itemLabel(tr, 'persons', 'entries'), value: tr.t('noEntries') }];
  return entries.map((entry) => ({
    label: `${entry.name} (${tr.t('icoValue', { ico: entry.ico })})`,
    value: [
      entry.role[tr.locale],
      entry.legalForm[tr.locale],
      tr.t('since', { date: formatDay(tr, entry.since) }),
      formatAddress(entry.address),
    ].join(', '),
  }));
};

const drivers: Rows<'drivers'> = (tr, data) => {
  const licence = data.licence;
  const rows: RegisterDataRow[] = [
    {
      label: itemLabel(tr, 'drivers', 'licence'),
      value: licence ? tr.t('numberValue', { number: licence.number }) : null,
    },
  ];
  if (licence) {
    rows.push({ label: tr.t('categories'), value: licence.categories.join(', ') });
    rows.push(dayRow(tr, tr.t('validUntil'), licence.validUntil));
  }
  const points = data.points;
  rows.push({
    label: itemLabel(tr, 'drivers', 'points'),
    value: points ? tr.t('pointsValue', { points: tr.formatNumber(points.total) }) : null,
  });
  for (const event of points?.events ?? []) {
    rows.push({
      label: tr.t('pointsEvent', { date: formatDay(tr, event.date) }),
      value: tr.t('pointsEventValue', { offence: event.offence[tr.locale], points: tr.formatNumber(event.points) }),
    });
  }
  return rows;
};

const cadastre: Rows<'cadastre'> = (tr, data) => {
  const properties = data.properties ?? [];
  if (properties.length === 0) return [{ label: itemLabel(tr, 'cadastre', 'properties'), value: tr.t('noProperties') }];
  return properties.map((property) => ({
    label: property.description[tr.locale],
    value: [
      property.address ? formatAddress(property.address) : null,
      tr.t('cadastralArea', { area: property.cadastralArea }),
      tr.t('titleDeed', { number: property.titleDeed }),
      tr.t('share', { share: property.share }),
    ]
      .filter(Boolean)
      .join(', '),
  }));
};

const trade: Rows<'trade'> = (tr, data) => {
  const rows: RegisterDataRow[] = [{ label: itemLabel(tr, 'trade', 'ico'), value: data.ico ?? null }];
  const licences = data.licences ?? [];
  if (licences.length === 0) rows.push({ label: itemLabel(tr, 'trade', 'licences'), value: tr.t('noLicences') });
  for (const licence of licences) {
    rows.push({
      label: licence.subject[tr.locale],
      value: [
        tr.t(`licence_${licence.kind}`),
        tr.t(`licenceState_${licence.state}`),
        tr.t('since', { date: formatDay(tr, licence.since) }),
      ].join(', '),
    });
  }
  return rows;
};

const health: Rows<'health'> = (tr, data) => {
  const rows: RegisterDataRow[] = [
    {
      label: itemLabel(tr, 'health', 'insurer'),
      value: data.insurer ? `${data.insurer.code} ${data.insurer.name[tr.locale]}` : null,
    },
  ];
  const vaccinations = [...(data.vaccinations ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  if (vaccinations.length === 0)
    rows.push({ label: itemLabel(tr, 'health', 'vaccinations'), value: tr.t('noVaccinations') });
  for (const vaccination of vaccinations) {
    rows.push({
      label: tr.t('vaccination', { disease: vaccination.disease[tr.locale] }),
      value: `${vaccination.vaccine}, ${formatDay(tr, vaccination.date)}`,
    });
  }
  return rows;
};

const REGISTER_ROWS: { [R in RegisterId]: Rows<R> } = { residents, persons, drivers, cadastre, trade, health };

export function registerRows<R extends RegisterId>(tr: T, register: R, data: RegisterData[R]): RegisterDataRow[] {
  return REGISTER_ROWS[register](tr, data);
}

/** The documents on the DATA page's Documents panel: from the answers already read (no read of its own). */
export function documentRows(tr: T, documents: readonly DocumentRecord[]): RegisterDataRow[] {
  return documents.map((document) => ({
    label: documentKind(tr, document.kind),
    value: tr.t('documentValue', {
      number: document.number,
      date: formatDay(tr, document.validUntil),
    }),
  }));
}
