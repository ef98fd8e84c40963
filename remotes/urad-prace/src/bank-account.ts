/**
 * A Czech bank account number as banks write it: an optional prefix, the number and the bank's four-digit code
 * ("19-2000145399/0800"). Both the prefix and the number carry a modulo-11 check digit (Czech National Bank decree
 * 169/2011 Sb.), so a typo is caught before the application leaves the browser. The declared JSON Schema checks the
 * patterns only (it cannot compute a checksum); the authority's own system checks the account again.
 */
export const BANK_ACCOUNT_PATTERNS = {
  prefix: '^\\d{1,6}$',
  number: '^\\d{2,10}$',
  bankCode: '^\\d{4}$',
} as const;

export interface BankAccount {
  /** Absent when the account has none. */
  prefix?: string;
  number: string;
  bankCode: string;
}

export type BankAccountField = 'accountPrefix' | 'accountNumber' | 'bankCode';
export type BankAccountError = 'required' | 'format' | 'checksum';

const PREFIX_WEIGHTS = [10, 5, 8, 4, 2, 1];
const NUMBER_WEIGHTS = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

/** Whether the digits pass the modulo-11 check with the weights (aligned to the right). */
function passesChecksum(digits: string, weights: readonly number[]): boolean {
  const padded = digits.padStart(weights.length, '0');
  let sum = 0;
  for (const [index, weight] of weights.entries()) sum += Number(padded[index]) * weight;
  return sum % 11 === 0;
}

/** Spaces people type inside a number ("2000 1453 99") are not part of it. */
const tidy = (text: string) => text.replace(/\s/g, '');

/** Checks the three parts as typed: the account, or the problem of each part. */
export function checkBankAccount(
  raw: Record<BankAccountField, string>,
): { ok: true; account: BankAccount } | { ok: false; errors: Partial<Record<BankAccountField, BankAccountError>> } {
  const errors: Partial<Record<BankAccountField, BankAccountError>> = {};
  const prefix = tidy(raw.accountPrefix);
  const number = tidy(raw.accountNumber);
  const bankCode = tidy(raw.bankCode);
  if (prefix !== '') {
    if (!new RegExp(BANK_ACCOUNT_PATTERNS.prefix).test(prefix)) errors.accountPrefix = 'format';
    else if (!passesChecksum(prefix, PREFIX_WEIGHTS)) errors.accountPrefix = 'checksum';
  }
  if (number === '') errors.accountNumber = 'required';
  else if (!new RegExp(BANK_ACCOUNT_PATTERNS.number).test(number)) errors.accountNumber = 'format';
  // A number needs at least two significant digits ("0000000001" is no account).
  else if (!passesChecksum(number, NUMBER_WEIGHTS) || number.replace(/^0+/, '').length < 2)
    errors.accountNumber = 'checksum';
  if (bankCode === '') errors.bankCode = 'required';
  else if (!new RegExp(BANK_ACCOUNT_PATTERNS.bankCode).test(bankCode)) errors.bankCode = 'format';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, account: { ...(prefix === '' ? {} : { prefix }), number, bankCode } };
}
