import { CONTACT_LIMITS, type ContactKind } from '@czp/contract';
import { type NumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { Refusal } from '../http/refusal.js';

/** Numbers a text message never reaches: refused so no code is sent into the void. */
const NO_SMS: ReadonlySet<NumberType> = new Set([
  'FIXED_LINE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'VOICEMAIL',
  'UAN',
]);

const emailSchema = z.email();

const invalid = (message: string) => new Refusal(400, 'validation', message, 'value');

/**
 * An e-mail address as the portal stores it: trimmed, the domain in lower case (the local part is the mailbox's own
 * business), at most CONTACT_LIMITS.emailLength characters.
 */
export function normaliseEmail(raw: string): string {
  const trimmed = raw.trim();
  const at = trimmed.lastIndexOf('@');
  const value = at > 0 ? `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}` : trimmed;
  if (value.length > CONTACT_LIMITS.emailLength) {
    throw invalid(`The e-mail address is too long: at most ${CONTACT_LIMITS.emailLength} characters`);
  }
  if (!emailSchema.safeParse(value).success) {
    throw invalid('Enter an e-mail address like jana.novakova@example.cz');
  }
  return value;
}

/**
 * A phone number that can receive a text message, in international form with the usual grouping: a Czech number
 * with or without +420 or 00420 becomes "+420 601 123 456"; a number abroad needs its country code ("+421 905 123 456").
 */
export function normalisePhone(raw: string): string {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  if (!/^\+?\d{6,15}$/.test(international)) {
    throw invalid('Enter a phone number like +420 601 123 456 (a number abroad with its country code)');
  }
  const phone = parsePhoneNumberFromString(international, 'CZ');
  if (!phone?.isValid()) {
    throw invalid('This is not a valid phone number. Enter it like +420 601 123 456 (abroad: with its country code)');
  }
  const type = phone.getType();
  if (type && NO_SMS.has(type)) {
    throw invalid('This number cannot receive text messages. Enter a mobile number like +420 601 123 456');
  }
  return phone.formatInternational();
}

/** The value of a contact of this kind, normalised; a 400 naming `value` when it is not one. */
export function normaliseContact(kind: ContactKind, raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw invalid(
      kind === 'email'
        ? 'value is required: the e-mail address, e.g. jana.novakova@example.cz'
        : 'value is required: the phone number, e.g. +420 601 123 456',
    );
  }
  // Longer than any address or number: refused before any parsing.
  if (raw.length > 1000) throw invalid('value is too long');
  return kind === 'email' ? normaliseEmail(raw) : normalisePhone(raw);
}
