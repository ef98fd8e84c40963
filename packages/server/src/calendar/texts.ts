/** The calendar's words in both languages: items' titles, reminders' notices and the feed's name. */
import type { DocumentRecord, LocalizedText } from '@czp/contract';

const DOCUMENT_NAMES: Record<DocumentRecord['kind'], LocalizedText> = {
  'id-card': { cs: 'občanský průkaz', en: 'identity card' },
  passport: { cs: 'cestovní pas', en: 'passport' },
  'driving-licence': { cs: 'řidičský průkaz', en: 'driving licence' },
};

export function documentExpiryTitle(kind: DocumentRecord['kind'], number: string): LocalizedText {
  const name = DOCUMENT_NAMES[kind];
  return { cs: `Konec platnosti: ${name.cs} č. ${number}`, en: `Expiry: ${name.en} no. ${number}` };
}

export function submissionDeadlineTitle(reference: string, typeName: LocalizedText): LocalizedText {
  return {
    cs: `Doplnit do tohoto dne: ${typeName.cs} (${reference})`,
    en: `Supplement by this day: ${typeName.en} (${reference})`,
  };
}

const czechDays = (days: number) => (days === 1 ? 'den' : days < 5 ? 'dny' : 'dní');

/** The notice of a reminder `daysBefore` days before the item's day. */
export function reminderBody(title: LocalizedText, day: string, daysBefore: number): LocalizedText {
  const [year, month, date] = day.split('-').map(Number);
  const cs = `${date}. ${month}. ${year}`;
  const en = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1)),
  );
  if (daysBefore === 0) return { cs: `Dnes (${cs}): ${title.cs}`, en: `Today (${en}): ${title.en}` };
  return {
    cs: `Za ${daysBefore} ${czechDays(daysBefore)} (${cs}): ${title.cs}`,
    en: `In ${daysBefore} day${daysBefore === 1 ? '' : 's'} (${en}): ${title.en}`,
  };
}

export const FEED_NAME: LocalizedText = { cs: 'Kalendář – Portál občana', en: 'Calendar – Citizen Portal' };
