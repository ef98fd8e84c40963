import type { RegisterData } from '@czp/contract';
import { useRegisterRead } from '@czp/remote-sdk';
import { ageOn } from './eligibility.js';

type Insurer = NonNullable<RegisterData['health']['insurer']>;

/**
 * What Vitakarta reads from the registers, and nothing more (its czp.service.json declares these categories):
 * the date of birth from the register of residents (identity) and the health insurer from the health documentation
 * (health-insurance), both to check an entitlement. The age is computed here; the date itself goes no further.
 */
export function useRegisterPrefill() {
  const residents = useRegisterRead('residents', ['birth'], 'check-eligibility');
  const health = useRegisterRead('health', ['insurer'], 'check-eligibility');
  const birthDate = residents.state === 'ready' ? (residents.data.birth?.date ?? null) : null;
  const age = birthDate === null ? null : ageOn(birthDate, new Date());
  const insurer: Insurer | null = health.state === 'ready' ? (health.data.insurer ?? null) : null;
  return {
    residents,
    health,
    /** The age on today's date from the register's date of birth (null until read, or when it is not there). */
    birth: birthDate !== null && age !== null ? { date: birthDate, age } : null,
    insurer,
  };
}

export type RegisterPrefill = ReturnType<typeof useRegisterPrefill>;
