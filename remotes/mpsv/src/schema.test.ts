import { type ServiceMetadata, serviceMetadataSchema } from '@czp/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import service from '../czp.service.json';
import {
  APPLICATION_ATTACHMENTS,
  APPLICATION_RULES,
  APPLICATION_TYPE,
  type ApplicationData,
  checkApplication,
  type RawApplication,
} from './application.js';
import { BANK_ACCOUNT_PATTERNS } from './bank-account.js';

const metadata = service as unknown as ServiceMetadata;
const declaration = metadata.submissions?.find((type) => type.id === APPLICATION_TYPE);

/** As the portal compiles a declared schema when the version is published (packages/server submissions/declared.ts). */
function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: false, validateFormats: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const valid: ApplicationData = {
  child: { givenName: 'Anna', familyName: 'Nováková', birthDate: '2025-05-20' },
  multipleBirth: false,
  hasAssessmentBase: true,
  assessmentBase: 30_000,
  monthlyAmount: 15_000,
  bankAccount: { prefix: '19', number: '2000145399', bankCode: '0800' },
  contact: { email: 'jan.novak@example.cz', phone: '+420 777 123 456' },
};
const properties = (path: string[]) =>
  path.reduce<Record<string, unknown>>(
    (schema, name) => (schema.properties as Record<string, Record<string, unknown>>)[name] ?? {},
    declaration?.schema ?? {},
  );

describe('the declared parental allowance application', () => {
  it('is valid metadata by the contract, as the publishing gate parses it', () => {
    const parsed = serviceMetadataSchema.safeParse(service);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('is declared with its files, and its schema compiles as the portal compiles it', () => {
    expect(declaration?.attachments).toEqual(APPLICATION_ATTACHMENTS);
    expect(declaration?.schema.type).toBe('object');
    expect(() => compile(declaration?.schema ?? {})).not.toThrow();
  });

  it('accepts a valid application, also without a base or a phone, and for twins', () => {
    const validate = compile(declaration?.schema ?? {});
    expect(validate(valid)).toBe(true);
    const { assessmentBase: _, ...withoutBase } = valid;
    expect(
      validate({ ...withoutBase, hasAssessmentBase: false, monthlyAmount: 10_000, contact: { email: 'a@b.cz' } }),
    ).toBe(true);
    expect(validate({ ...valid, multipleBirth: true, monthlyAmount: 20_000 })).toBe(true);
  });

  it.each([
    ['no child', { child: undefined }, '/child'],
    ['a child born before 2024', { child: { ...valid.child, birthDate: '2023-12-31' } }, '/child/birthDate'],
    ['no real day', { child: { ...valid.child, birthDate: '2025-02-30' } }, '/child/birthDate'],
    ['an empty name', { child: { ...valid.child, givenName: '' } }, '/child/givenName'],
    ['an amount below the floor of the 3rd birthday', { monthlyAmount: 500 }, '/monthlyAmount'],
    ['a fraction of a crown', { monthlyAmount: 12_000.5 }, '/monthlyAmount'],
    ['twins below their floor', { multipleBirth: true, monthlyAmount: 14_583 }, '/monthlyAmount'],
    [
      'more than 10 000 CZK without a base',
      { hasAssessmentBase: false, assessmentBase: undefined, monthlyAmount: 10_001 },
      '/monthlyAmount',
    ],
    ['a base said to be there but missing', { assessmentBase: undefined }, '/assessmentBase'],
    ['a base said not to be there but given', { hasAssessmentBase: false, monthlyAmount: 10_000 }, '/assessmentBase'],
    [
      'a bank code of three digits',
      { bankAccount: { number: '2000145399', bankCode: '080' } },
      '/bankAccount/bankCode',
    ],
    ['an account of letters', { bankAccount: { number: '20a0', bankCode: '0800' } }, '/bankAccount/number'],
    ['no e-mail', { contact: {} }, '/contact/email'],
    ['a bad e-mail', { contact: { email: 'jan@' } }, '/contact/email'],
    ['a field the form has not', { note: 'x' }, '/note'],
  ])('refuses %s', (_name, change, pointer) => {
    const validate = compile(declaration?.schema ?? {});
    const data = JSON.parse(JSON.stringify({ ...valid, ...change }));
    expect(validate(data)).toBe(false);
    const error = validate.errors?.[0];
    const missing = (error?.params as { missingProperty?: string; additionalProperty?: string }) ?? {};
    const name = missing.missingProperty ?? missing.additionalProperty;
    expect(name ? `${error?.instancePath}/${name}` : error?.instancePath).toBe(pointer);
  });

  it('has the patterns and limits the browser checks', () => {
    expect(properties(['child', 'birthDate']).pattern).toBe(APPLICATION_RULES.birthDatePattern);
    expect(properties(['child', 'givenName']).maxLength).toBe(APPLICATION_RULES.nameLength);
    expect(properties(['contact', 'email']).pattern).toBe(APPLICATION_RULES.emailPattern);
    expect(properties(['contact', 'email']).maxLength).toBe(APPLICATION_RULES.emailLength);
    expect(properties(['contact', 'phone']).pattern).toBe(APPLICATION_RULES.phonePattern);
    for (const part of ['prefix', 'number', 'bankCode'] as const) {
      expect(properties(['bankAccount', part]).pattern).toBe(BANK_ACCOUNT_PATTERNS[part]);
    }
  });

  it('accepts what the browser’s checks accept (the form and the portal agree)', () => {
    const validate = compile(declaration?.schema ?? {});
    const raw: RawApplication = {
      multiple: false,
      hasBase: true,
      base: '30 000',
      monthly: '21000',
      childGivenName: ' Anna ',
      childFamilyName: 'Nováková',
      childBirthDate: '2024-01-01',
      accountPrefix: '',
      accountNumber: '2000145399',
      bankCode: '0800',
      email: 'jana@example.cz',
      phone: '',
    };
    const today = new Date(2026, 11, 3);
    const variants: Partial<RawApplication>[] = [
      {},
      { hasBase: false, base: 'ignored', monthly: '10000' },
      { multiple: true, monthly: '31500' },
      { multiple: true, hasBase: false, monthly: '14584' },
      { monthly: '9723', accountPrefix: '19', phone: '+420 777 123 456' },
      { base: '1000000', monthly: '700000' },
    ];
    for (const variant of variants) {
      const checked = checkApplication({ ...raw, ...variant }, today);
      expect(checked.ok, JSON.stringify(variant)).toBe(true);
      if (checked.ok) expect(validate(checked.data), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
