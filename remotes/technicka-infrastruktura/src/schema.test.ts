import { type ServiceMetadata, serviceMetadataSchema } from '@czp/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import service from '../czp.service.json';
import {
  EMAIL_LENGTH,
  type InfrastructureRequest,
  LIMITS,
  PATTERNS,
  PURPOSES,
  parseRequest,
  type RawRequest,
  REQUEST_ATTACHMENTS,
  REQUEST_TYPE,
} from './request.js';

const metadata = service as unknown as ServiceMetadata;
const declaration = metadata.submissions?.find((type) => type.id === REQUEST_TYPE);

/** As the portal compiles a declared schema when the version is published (packages/server submissions/declared.ts). */
function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: false, validateFormats: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
/** The pointer the portal names for the first error (as packages/server describeError() does). */
function firstPointer(validate: ReturnType<typeof compile>) {
  const error = validate.errors?.[0];
  const params = (error?.params ?? {}) as { missingProperty?: string; additionalProperty?: string };
  const name = params.missingProperty ?? params.additionalProperty;
  return name ? `${error?.instancePath}/${name}` : error?.instancePath || '/';
}
const propertyOf = (path: string[]) =>
  path.reduce<Record<string, unknown>>((schema, name) => {
    const items = schema.items as Record<string, unknown> | undefined;
    const properties = (items ?? schema).properties as Record<string, Record<string, unknown>>;
    return properties[name] ?? {};
  }, declaration?.schema ?? {});

const valid: InfrastructureRequest = {
  purpose: 'excavation',
  parcels: [
    { cadastralArea: 'Konice u Znojma', number: '4518/3' },
    { cadastralArea: 'Znojmo-město', number: 'st. 3217' },
  ],
  works: { from: '2026-12-10', to: '2027-01-31' },
  applicant: {
    name: 'Petr Dvořák',
    address: { street: 'Vinohradská 2145/17', municipality: 'Znojmo', postalCode: '66902' },
  },
  contact: { email: 'petr@example.cz' },
};

describe('the declared technical infrastructure request', () => {
  it('is valid metadata by the contract, as the publishing gate parses it', () => {
    const parsed = serviceMetadataSchema.safeParse(service);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('is declared with its files and reads only the address and the real estate, and its schema compiles', () => {
    expect(declaration?.attachments).toEqual(REQUEST_ATTACHMENTS);
    expect(metadata.dataReads).toEqual(['address', 'real-estate']);
    expect(declaration?.schema.type).toBe('object');
    expect(() => compile(declaration?.schema ?? {})).not.toThrow();
  });

  it('accepts a valid request, also one of another purpose in the citizen’s words', () => {
    const validate = compile(declaration?.schema ?? {});
    expect(validate(valid)).toBe(true);
    expect(validate({ ...valid, purpose: 'other', otherPurpose: 'Oprava plotu' })).toBe(true);
  });

  it.each([
    ['no parcel', { parcels: [] }, '/parcels'],
    ['a parcel number of a wrong shape', { parcels: [{ cadastralArea: 'Telč', number: '12a' }] }, '/parcels/0/number'],
    ['a parcel without its area', { parcels: [{ number: '12' }] }, '/parcels/0/cadastralArea'],
    ['the same parcel twice', { parcels: [valid.parcels[0], valid.parcels[0]] }, '/parcels'],
    ['a purpose it does not know', { purpose: 'demolition' }, '/purpose'],
    ['"other" without the words', { purpose: 'other' }, '/otherPurpose'],
    ['words without "other"', { otherPurpose: 'Oprava plotu' }, '/otherPurpose'],
    ['no real day', { works: { from: '2026-02-30', to: '2026-03-01' } }, '/works/from'],
    [
      'a postal code of four digits',
      { applicant: { ...valid.applicant, address: { ...valid.applicant.address, postalCode: '6690' } } },
      '/applicant/address/postalCode',
    ],
    ['no applicant’s name', { applicant: { address: valid.applicant.address } }, '/applicant/name'],
    ['a bad e-mail', { contact: { email: 'petr@' } }, '/contact/email'],
  ])('refuses %s', (_name, change, pointer) => {
    const validate = compile(declaration?.schema ?? {});
    expect(validate(JSON.parse(JSON.stringify({ ...valid, ...change })))).toBe(false);
    expect(firstPointer(validate)).toBe(pointer);
  });

  it('has the choices, patterns and limits the browser checks', () => {
    expect(propertyOf(['purpose']).enum).toEqual([...PURPOSES]);
    expect(propertyOf(['otherPurpose']).maxLength).toBe(LIMITS.otherPurpose);
    expect(propertyOf(['parcels']).maxItems).toBe(LIMITS.parcels);
    expect(propertyOf(['parcels', 'number']).pattern).toBe(PATTERNS.parcel);
    expect(propertyOf(['parcels', 'cadastralArea']).pattern).toBe(PATTERNS.territory);
    expect(propertyOf(['works', 'from']).pattern).toBe(PATTERNS.date);
    expect(propertyOf(['applicant', 'name']).maxLength).toBe(LIMITS.name);
    expect(propertyOf(['applicant', 'address', 'street']).maxLength).toBe(LIMITS.street);
    expect(propertyOf(['applicant', 'address', 'municipality']).maxLength).toBe(LIMITS.municipality);
    expect(propertyOf(['applicant', 'address', 'postalCode']).pattern).toBe(PATTERNS.postalCode);
    expect(propertyOf(['contact', 'email']).pattern).toBe(PATTERNS.email);
    expect(propertyOf(['contact', 'email']).maxLength).toBe(EMAIL_LENGTH);
  });

  it('accepts what the browser’s checks accept (the form and the portal agree)', () => {
    const validate = compile(declaration?.schema ?? {});
    const raw: RawRequest = {
      purpose: 'excavation',
      otherPurpose: '',
      ownParcels: [],
      territory: 'Lysá nad Labem',
      parcels: '123/4, st. 55',
      dateFrom: '2026-12-03',
      dateTo: '2026-12-03',
      applicantName: 'Eva Svobodová',
      street: 'Husova 12',
      municipality: 'Lysá nad Labem',
      postalCode: '289 22',
      email: 'eva@example.cz',
    };
    const today = new Date(2026, 11, 3);
    const variants: Partial<RawRequest>[] = [
      {},
      { purpose: 'other', otherPurpose: 'Oprava plotu' },
      { ownParcels: [{ cadastralArea: 'Znojmo-město', number: 'st. 3217' }], territory: '', parcels: '' },
      { ownParcels: [{ cadastralArea: 'Lysá nad Labem', number: '123/4' }] },
    ];
    for (const variant of variants) {
      const checked = parseRequest({ ...raw, ...variant }, today);
      expect(checked.ok, JSON.stringify(variant)).toBe(true);
      if (checked.ok) expect(validate(checked.request), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
