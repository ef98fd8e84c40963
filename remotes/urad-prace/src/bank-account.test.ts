import { describe, expect, it } from 'vitest';
import { checkBankAccount } from './bank-account.js';

const account = (accountNumber: string, bankCode = '0800', accountPrefix = '') =>
  checkBankAccount({ accountPrefix, accountNumber, bankCode });

describe('Czech bank account', () => {
  it('accepts real account numbers, with and without a prefix, and drops the spaces typed in them', () => {
    expect(account('2000145399', '0800', '19')).toEqual({
      ok: true,
      account: { prefix: '19', number: '2000145399', bankCode: '0800' },
    });
    expect(account('2000 1453 99')).toEqual({ ok: true, account: { number: '2000145399', bankCode: '0800' } });
    expect(account('123457', '0100')).toMatchObject({ ok: true });
  });

  it('refuses a number whose check digit is wrong, and one without two significant digits', () => {
    expect(account('2000145398')).toEqual({ ok: false, errors: { accountNumber: 'checksum' } });
    expect(account('0000000000')).toEqual({ ok: false, errors: { accountNumber: 'checksum' } });
    expect(account('2000145399', '0800', '18')).toEqual({ ok: false, errors: { accountPrefix: 'checksum' } });
  });

  it('names the part of a wrong shape or a missing one', () => {
    expect(account('', '')).toEqual({ ok: false, errors: { accountNumber: 'required', bankCode: 'required' } });
    expect(account('12a45', '08', '1234567')).toEqual({
      ok: false,
      errors: { accountPrefix: 'format', accountNumber: 'format', bankCode: 'format' },
    });
    expect(account('12345678901')).toMatchObject({ errors: { accountNumber: 'format' } });
  });
});
