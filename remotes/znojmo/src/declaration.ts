import type { LocalizedText } from '@czp/contract';
import {
  type AttachmentRules,
  checkField,
  DOCUMENT_ATTACHMENTS,
  type FieldError,
  type FieldRule,
  schemaOfRule,
  schemaOfRules,
} from './form-checks.js';

/**
 * Ohlášení k místnímu poplatku ze psů: the declaration a dog owner makes to the town within 15 days of starting to
 * keep a dog older than three months (the calculator works out what it then costs). A submission type of
 * czp.service.json whose schema is `declarationSchema()`; the form checks the same rules.
 */
export const DECLARATION_TYPE = 'ohlaseni-psa';

export const DECLARATION_NAME: LocalizedText = {
  cs: 'Ohlášení k místnímu poplatku ze psů',
  en: 'Declaration for the local dog fee',
};

/** How many dogs one declaration lists: the calculator's range, at least one. */
export const DOG_COUNT = { min: 1, max: 20 } as const;

export type DogField = 'name' | 'breed' | 'birthYear' | 'chip' | 'keptSince';
export const DOG_FIELDS: readonly DogField[] = ['name', 'breed', 'birthYear', 'chip', 'keptSince'];

/** What the town asks of each dog. */
export const DOG_RULES: Readonly<Record<DogField, FieldRule>> = {
  name: { kind: 'text', required: true, maxLength: 50 },
  breed: { kind: 'text', required: true, minLength: 2, maxLength: 80 },
  birthYear: { kind: 'integer', required: false, minimum: 1990, maximum: 2100 },
  // A microchip number (ISO 11784): 15 digits; every dog in Czechia has had to be chipped since 2020.
  chip: { kind: 'text', required: true, maxLength: 15, pattern: '^[0-9]{15}$' },
  keptSince: { kind: 'date', required: true },
};

/** Where the dogs are kept, when it is not the owner's address of permanent residence the town knows. */
export const ADDRESS_RULE: FieldRule = { kind: 'text', required: true, minLength: 5, maxLength: 200 };

export const DECLARATION_ATTACHMENTS: AttachmentRules = DOCUMENT_ATTACHMENTS;

/** The declared JSON Schema: the dogs, where they are kept, and whether the owner claims the pensioner's rate. */
export function declarationSchema(): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['dogs', 'keepingAddress', 'pensioner'],
    properties: {
      dogs: {
        type: 'array',
        minItems: DOG_COUNT.min,
        maxItems: DOG_COUNT.max,
        items: schemaOfRules(DOG_RULES),
      },
      keepingAddress: schemaOfRule(ADDRESS_RULE),
      pensioner: { type: 'boolean' },
    },
  };
}

export interface RawDog {
  name: string;
  breed: string;
  birthYear: string;
  chip: string;
  keptSince: string;
}

export interface RawDeclaration {
  dogs: readonly RawDog[];
  keepingAddress: string;
  pensioner: boolean;
}

export const emptyDog = (): RawDog => ({ name: '', breed: '', birthYear: '', chip: '', keptSince: '' });

/** A field of the form: `keepingAddress`, or a dog's field as `dogs.<index>.<field>` (the portal's pointer, dotted). */
export const dogKey = (index: number, field: DogField) => `dogs.${index}.${field}`;

/** The form's checks: the data to submit, or each problem under its key. */
export function checkDeclaration(
  raw: RawDeclaration,
): { ok: true; data: Record<string, unknown> } | { ok: false; errors: Record<string, FieldError> } {
  const errors: Record<string, FieldError> = {};
  const dogs = raw.dogs.map((dog, index) => {
    const value: Record<string, unknown> = {};
    for (const field of DOG_FIELDS) {
      const result = checkField(DOG_RULES[field], dog[field]);
      if (!result.ok) errors[dogKey(index, field)] = result.error;
      else if (result.value !== undefined) value[field] = result.value;
    }
    return value;
  });
  const address = checkField(ADDRESS_RULE, raw.keepingAddress);
  if (!address.ok) errors.keepingAddress = address.error;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, data: { dogs, keepingAddress: address.ok ? address.value : '', pensioner: raw.pensioner } };
}
