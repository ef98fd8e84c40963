/** DOCUMENTS: the identity card, passport and driving licence the registers know, with their state today. */
import {
  DOCUMENT_EXPIRING_DAYS,
  type DocumentRecord,
  type DocumentState,
  type DocumentView,
  type RegisterData,
  type RegisterId,
} from '@czp/contract';
import { daysBetween } from './dates.js';

/** Expired after its last valid day; expiring from DOCUMENT_EXPIRING_DAYS before it (the last day included). */
export function documentState(daysLeft: number): DocumentState {
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= DOCUMENT_EXPIRING_DAYS) return 'expiring';
  return 'valid';
}

/** One document as DOCUMENTS shows it, counted from `today` (YYYY-MM-DD in Prague). */
export function documentView(record: DocumentRecord, register: RegisterId, today: string): DocumentView {
  const daysLeft = daysBetween(today, record.validUntil);
  // Only the contract's fields: a driving licence's categories are the DATA panel's business.
  return {
    kind: record.kind,
    number: record.number,
    issuedOn: record.issuedOn,
    validUntil: record.validUntil,
    issuer: record.issuer,
    state: documentState(daysLeft),
    daysLeft,
    register,
  };
}

/** The documents of the register of residents (identity card, passport) and of drivers (the licence), in that order. */
export function documentsOf(
  residents: RegisterData['residents'] | null,
  drivers: RegisterData['drivers'] | null,
  today: string,
): DocumentView[] {
  const views = (residents?.documents ?? []).map((record) => documentView(record, 'residents', today));
  if (drivers?.licence) views.push(documentView(drivers.licence, 'drivers', today));
  return views;
}
