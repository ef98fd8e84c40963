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
  EDUCATION_LEVELS,
  type RawApplication,
  WORKING_TIMES,
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
  education: { level: 'secondary', field: 'Elektrotechnika' },
  hasWorked: true,
  lastEmployment: { employer: 'Strojírny Telč, a. s.', position: 'Elektrikář', endDate: '2026-11-30' },
  availability: { from: '2026-12-07', workingTime: 'full-time' },
  requestBenefit: true,
  bankAccount: { number: '2000145399', bankCode: '0800' },
  contact: { email: 'jan.novak@example.cz' },
};
const propertyOf = (path: string[]) =>
  path.reduce<Record<string, unknown>>(
    (schema, name) => (schema.properties as Record<string, Record<string, unknown>>)[name] ?? {},
    declaration?.schema ?? {},
  );
/** The pointer the portal names for the first error (as packages/server describeError() does). */
function firstPointer(validate: ReturnType<typeof compile>) {
  const error = validate.errors?.[0];
  const params = (error?.params ?? {}) as { missingProperty?: string; additionalProperty?: string };
  const name = params.missingProperty ?? params.additionalProperty;
  return name ? `${error?.instancePath}/${name}` : error?.instancePath || '/';
}

describe('the declared job seeker registration', () => {
  it('is valid metadata by the contract, as the publishing gate parses it', () => {
    const parsed = serviceMetadataSchema.safeParse(service);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('is declared with its files, and its schema compiles as the portal compiles it', () => {
    expect(declaration?.attachments).toEqual(APPLICATION_ATTACHMENTS);
    expect(declaration?.schema.type).toBe('object');
    expect(() => compile(declaration?.schema ?? {})).not.toThrow();
  });

  it('accepts a valid registration, also of someone never employed who asks for no benefit', () => {
    const validate = compile(declaration?.schema ?? {});
    expect(validate(valid)).toBe(true);
    const { lastEmployment: _, bankAccount: __, ...rest } = valid;
    expect(validate({ ...rest, hasWorked: false, requestBenefit: false, desiredWork: 'Cokoli v Telči' })).toBe(true);
  });

  it.each([
    ['no education', { education: {} }, '/education/level'],
    ['an education level the office does not know', { education: { level: 'phd' } }, '/education/level'],
    [
      'a job without its employer',
      { lastEmployment: { position: 'x', endDate: '2026-01-01' } },
      '/lastEmployment/employer',
    ],
    ['a worker without the last job', { lastEmployment: undefined }, '/lastEmployment'],
    ['a last job of someone never employed', { hasWorked: false }, '/lastEmployment'],
    ['no real day', { availability: { from: '2026-02-30', workingTime: 'any' } }, '/availability/from'],
    [
      'a working time it does not know',
      { availability: { from: '2026-12-07', workingTime: 'nights' } },
      '/availability/workingTime',
    ],
    ['the benefit without an account', { bankAccount: undefined }, '/bankAccount'],
    ['an account without the benefit', { requestBenefit: false }, '/bankAccount'],
    ['a bank code of letters', { bankAccount: { number: '2000145399', bankCode: 'KB01' } }, '/bankAccount/bankCode'],
    ['a bad e-mail', { contact: { email: 'jan@novak' } }, '/contact/email'],
    ['a field the form has not', { salary: 40_000 }, '/salary'],
  ])('refuses %s', (_name, change, pointer) => {
    const validate = compile(declaration?.schema ?? {});
    expect(validate(JSON.parse(JSON.stringify({ ...valid, ...change })))).toBe(false);
    expect(firstPointer(validate)).toBe(pointer);
  });

  it('has the choices, patterns and limits the browser checks', () => {
    expect(propertyOf(['education', 'level']).enum).toEqual([...EDUCATION_LEVELS]);
    expect(propertyOf(['availability', 'workingTime']).enum).toEqual([...WORKING_TIMES]);
    expect(propertyOf(['availability', 'from']).pattern).toBe(APPLICATION_RULES.datePattern);
    expect(propertyOf(['lastEmployment', 'endDate']).pattern).toBe(APPLICATION_RULES.datePattern);
    expect(propertyOf(['lastEmployment', 'employer']).maxLength).toBe(APPLICATION_RULES.textLength);
    expect(propertyOf(['desiredWork']).maxLength).toBe(APPLICATION_RULES.desiredWorkLength);
    expect(propertyOf(['contact', 'email']).pattern).toBe(APPLICATION_RULES.emailPattern);
    expect(propertyOf(['contact', 'phone']).pattern).toBe(APPLICATION_RULES.phonePattern);
    for (const part of ['prefix', 'number', 'bankCode'] as const) {
      expect(propertyOf(['bankAccount', part]).pattern).toBe(BANK_ACCOUNT_PATTERNS[part]);
    }
  });

  it('accepts what the browser’s checks accept (the form and the portal agree)', () => {
    const validate = compile(declaration?.schema ?? {});
    const raw: RawApplication = {
      education: 'bachelor',
      fieldOfStudy: '',
      hasWorked: true,
      lastEmployer: 'Obec Lysá',
      lastPosition: 'Účetní',
      lastEmploymentEnd: '2026-10-31',
      availableFrom: '2026-12-03',
      workingTime: 'part-time',
      desiredWork: '',
      requestBenefit: false,
      accountPrefix: '',
      accountNumber: '',
      bankCode: '',
      email: 'eva@example.cz',
      phone: '',
    };
    const today = new Date(2026, 11, 3);
    const variants: Partial<RawApplication>[] = [
      {},
      { hasWorked: false, lastEmployer: 'ignored', lastEmploymentEnd: 'nonsense' },
      { requestBenefit: true, accountPrefix: '19', accountNumber: '2000145399', bankCode: '0800' },
      { fieldOfStudy: 'Ekonomie', desiredWork: 'Účetnictví\nna částečný úvazek', phone: '777 123 456' },
    ];
    for (const variant of variants) {
      const checked = checkApplication({ ...raw, ...variant }, today);
      expect(checked.ok, JSON.stringify(variant)).toBe(true);
      if (checked.ok) expect(validate(checked.data), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
