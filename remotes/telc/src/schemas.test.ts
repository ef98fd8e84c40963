// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { ServiceMetadata } from '@czp/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { APPLICATIONS, rulesOf } from './applications.js';
import { schemaOfRules } from './form-checks.js';

const metadata = JSON.parse(readFileSync(new URL('../czp.service.json', import.meta.url), 'utf8')) as ServiceMetadata;
const declared = metadata.submissions ?? [];

/** Compiled as the portal compiles a declared schema when a version is published (strict, draft 2020-12, formats). */
function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: false, validateFormats: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const declaration = (type: string) => {
  const found = declared.find((d) => d.id === type);
  if (!found) throw new Error(`czp.service.json declares no ${type}`);
  return found;
};

describe("Telč's declared submission types", () => {
  it('are the online applications, with the rules the forms check and the attachments they take', () => {
    expect(declared.map((d) => d.id)).toEqual(APPLICATIONS.map((a) => a.type));
    for (const application of APPLICATIONS) {
      const type = declaration(application.type);
      expect(type.name).toEqual(application.name);
      expect(type.schema).toEqual(schemaOfRules(rulesOf(application)));
      expect(type.attachments).toEqual(application.attachments);
    }
  });

  it('compile as the portal compiles them', () => {
    for (const type of declared) expect(() => compile(type.schema)).not.toThrow();
  });

  it('accept a filled-in application to use public space and refuse typical mistakes, naming the value', () => {
    const validate = compile(declaration('zabor-verejneho-prostranstvi').schema);
    const valid = {
      purpose: 'stall',
      location: 'nám. Zachariáše z Hradce před č. p. 12',
      areaSquareMetres: 6,
      from: '2027-05-01',
      days: 3,
      phone: '+420 605 123 456',
    };
    expect(validate(valid)).toBe(true);
    const refused = (data: Record<string, unknown>) => {
      expect(validate(data)).toBe(false);
      const [error] = validate.errors ?? [];
      return error?.instancePath || `/${String(error?.params.missingProperty ?? error?.params.additionalProperty)}`;
    };
    const { location: _, ...withoutLocation } = valid;
    expect(refused(withoutLocation)).toBe('/location');
    expect(refused({ ...valid, location: '   ' })).toBe('/location');
    expect(refused({ ...valid, purpose: 'circus' })).toBe('/purpose');
    expect(refused({ ...valid, areaSquareMetres: 0 })).toBe('/areaSquareMetres');
    expect(refused({ ...valid, areaSquareMetres: 2.5 })).toBe('/areaSquareMetres');
    expect(refused({ ...valid, from: '2027-02-30' })).toBe('/from');
    expect(refused({ ...valid, days: 400 })).toBe('/days');
    expect(refused({ ...valid, phone: 'call me' })).toBe('/phone');
    expect(refused({ ...valid, note: 'x'.repeat(1001) })).toBe('/note');
    expect(refused({ ...valid, price: 0 })).toBe('/price');
  });

  it('accept a notice of a change of residence and refuse typical mistakes', () => {
    const validate = compile(declaration('trvaly-pobyt').schema);
    const valid = { street: 'Hradecká', houseNumber: '125/4', movedOn: '2026-12-01', rightToUse: 'tenant' };
    expect(validate(valid)).toBe(true);
    expect(validate({ ...valid, flat: '12' })).toBe(true);
    for (const bad of [
      { ...valid, houseNumber: 'čp. 125' },
      { ...valid, movedOn: '1. 12. 2026' },
      { ...valid, rightToUse: 'squatter' },
      { ...valid, street: '' },
      { street: 'Hradecká', houseNumber: '10', rightToUse: 'owner' },
    ]) {
      expect(validate(bad)).toBe(false);
    }
  });
});
