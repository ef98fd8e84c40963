import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { CONTACT_LIMITS, type ContactKind } from '@czp/contract';

/** A fresh code of CONTACT_LIMITS.codeLength digits, leading zeros kept, from the system's secure random source. */
export function newCode(): string {
  return String(randomInt(0, 10 ** CONTACT_LIMITS.codeLength)).padStart(CONTACT_LIMITS.codeLength, '0');
}

/**
 * Hashes codes with a secret the database never holds: a copy of the table alone does not give the codes away (a
 * plain hash of six digits would, in a million tries). The hash binds the code to the person, the kind and the value
 * it was sent to, so a code is good for nothing else.
 */
export class CodeHasher {
  private readonly key: Buffer;

  /** `secret`: the server's secret (the same in every replica and across restarts, or pending codes stop working). */
  constructor(secret: string) {
    // A key of its own, so the codes' hashes say nothing about the secret's other uses (cookie signatures).
    this.key = createHmac('sha256', secret).update('czp contact verification codes').digest();
  }

  hash(personId: string, kind: ContactKind, value: string, code: string): string {
    return createHmac('sha256', this.key).update(`${personId}\n${kind}\n${value}\n${code}`).digest('hex');
  }

  matches(stored: string, personId: string, kind: ContactKind, value: string, code: string): boolean {
    const expected = Buffer.from(this.hash(personId, kind, value, code), 'hex');
    const actual = Buffer.from(stored, 'hex');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}
