import type { LevelOfAssurance, SignedInPerson } from '@czp/contract';
import type { MessageKey } from './messages.js';

/** Who the toolbar can sign in: the development identity provider's test citizens, at the levels services ask for. */
export interface EmulatedPerson {
  key: PersonKey;
  label: MessageKey;
  person: SignedInPerson | null;
}

export type PersonKey = 'signed-out' | 'jan-substantial' | 'jan-high' | 'eva-substantial';

// The pseudonymous ids the development identity provider gives them (packages/dev-idp/src/citizens.ts).
const JAN = '5f0c7a3e-8d1b-4c2a-9e6f-1a2b3c4d5e01';
const EVA = 'b7e2d9c4-3f6a-4e8b-a1d5-6c7e8f9a0b02';

export const PEOPLE: readonly EmulatedPerson[] = [
  { key: 'signed-out', label: 'personSignedOut', person: null },
  {
    key: 'jan-substantial',
    label: 'personJanSubstantial',
    person: { id: JAN, name: 'Jan Novák', levelOfAssurance: 'substantial' },
  },
  { key: 'jan-high', label: 'personJanHigh', person: { id: JAN, name: 'Jan Novák', levelOfAssurance: 'high' } },
  {
    key: 'eva-substantial',
    label: 'personEvaSubstantial',
    person: { id: EVA, name: 'Eva Svobodová', levelOfAssurance: 'substantial' },
  },
];

export function personByKey(key: string | null | undefined): EmulatedPerson | undefined {
  return PEOPLE.find((entry) => entry.key === key);
}

/** The toolbar's entry for a person (by id and level); signed out for null. */
export function keyOfPerson(person: SignedInPerson | null): PersonKey {
  const found = PEOPLE.find(
    (entry) => entry.person?.id === person?.id && entry.person?.levelOfAssurance === person?.levelOfAssurance,
  );
  return found?.key ?? 'signed-out';
}

export const LEVEL_LABEL: Record<LevelOfAssurance, MessageKey> = {
  low: 'levelLow',
  substantial: 'levelSubstantial',
  high: 'levelHigh',
};

/** The weakest test citizen that satisfies a level: whom the gate offers to sign in. */
export function personForLevel(level: LevelOfAssurance): EmulatedPerson {
  const key: PersonKey = level === 'high' ? 'jan-high' : 'jan-substantial';
  return personByKey(key) ?? (PEOPLE[1] as EmulatedPerson);
}
