// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { ServiceMetadata } from '@czp/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  checkDeclaration,
  DECLARATION_ATTACHMENTS,
  DECLARATION_NAME,
  DECLARATION_TYPE,
  declarationSchema,
} from './declaration.js';

const metadata = JSON.parse(readFileSync(new URL('../czp.service.json', import.meta.url), 'utf8')) as ServiceMetadata;

/** Compiled as the portal compiles a declared schema when a version is published (strict, draft 2020-12, formats). */
function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: false, validateFormats: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const dog = { name: 'Baryk', breed: 'Jezevčík', birthYear: 2021, chip: '203098100123456', keptSince: '2026-11-20' };
const valid = { dogs: [dog], keepingAddress: 'Obroková 1/12, Znojmo', pensioner: false };

describe("Znojmo's declared dog fee declaration", () => {
  it('is the one the form submits, with the rules it checks and the attachments it takes', () => {
    expect(metadata.submissions).toEqual([
      {
        id: DECLARATION_TYPE,
        name: DECLARATION_NAME,
        schema: declarationSchema(),
        attachments: DECLARATION_ATTACHMENTS,
      },
    ]);
  });

  it('asks for the login a submission needs and reads nothing of the citizen’s data', () => {
    expect(metadata.requiredLevel).toBe('substantial');
    expect(metadata.dataReads).toBeUndefined();
  });

  it('compiles as the portal compiles it, accepts a declaration and refuses typical mistakes at their pointer', () => {
    const validate = compile(declarationSchema());
    expect(validate(valid)).toBe(true);
    const { birthYear: _, ...withoutYear } = dog;
    expect(validate({ ...valid, dogs: [withoutYear, dog] })).toBe(true);
    const pointer = (data: unknown) => {
      expect(validate(data)).toBe(false);
      const [error] = validate.errors ?? [];
      const missing = error?.params.missingProperty ?? error?.params.additionalProperty;
      return missing === undefined ? error?.instancePath : `${error?.instancePath}/${String(missing)}`;
    };
    expect(pointer({ ...valid, dogs: [] })).toBe('/dogs');
    expect(pointer({ ...valid, dogs: Array.from({ length: 21 }, () => dog) })).toBe('/dogs');
    expect(pointer({ ...valid, dogs: [dog, { ...dog, chip: '12345' }] })).toBe('/dogs/1/chip');
    expect(pointer({ ...valid, dogs: [{ ...dog, name: ' ' }] })).toBe('/dogs/0/name');
    expect(pointer({ ...valid, dogs: [{ ...dog, birthYear: 1980 }] })).toBe('/dogs/0/birthYear');
    expect(pointer({ ...valid, dogs: [{ ...dog, keptSince: '2026-13-01' }] })).toBe('/dogs/0/keptSince');
    expect(pointer({ ...valid, pensioner: 'yes' })).toBe('/pensioner');
    expect(pointer({ dogs: [dog], pensioner: false })).toBe('/keepingAddress');
    expect(pointer({ ...valid, fee: 0 })).toBe('/fee');
  });

  it('is what the form makes of what was typed', () => {
    const validate = compile(declarationSchema());
    const checked = checkDeclaration({
      dogs: [{ name: ' Baryk ', breed: 'Jezevčík', birthYear: '', chip: '203098100123456', keptSince: '2026-11-20' }],
      keepingAddress: 'Obroková 1/12, Znojmo',
      pensioner: true,
    });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(validate(checked.data)).toBe(true);
    expect(
      checkDeclaration({
        dogs: [{ name: '', breed: 'J', birthYear: '20', chip: '1234', keptSince: 'včera' }],
        keepingAddress: '',
        pensioner: false,
      }),
    ).toEqual({
      ok: false,
      errors: {
        'dogs.0.name': 'required',
        'dogs.0.breed': 'tooShort',
        'dogs.0.birthYear': 'tooSmall',
        'dogs.0.chip': 'pattern',
        'dogs.0.keptSince': 'date',
        keepingAddress: 'required',
      },
    });
  });
});
