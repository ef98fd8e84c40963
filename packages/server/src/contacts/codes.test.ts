import { CONTACT_LIMITS } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { CodeHasher, newCode } from './codes.js';
import { codeEmail, codeSms } from './messages.js';

describe('newCode', () => {
  it('gives codes of the contract length, digits only, not all the same', () => {
    const codes = Array.from({ length: 200 }, () => newCode());
    for (const code of codes) expect(code).toMatch(new RegExp(`^\\d{${CONTACT_LIMITS.codeLength}}$`));
    expect(new Set(codes).size).toBeGreaterThan(190);
  });
});

describe('CodeHasher', () => {
  it('matches a code only for its person, kind and value, and only with the same secret', () => {
    const hasher = new CodeHasher('s'.repeat(32));
    const stored = hasher.hash('p1', 'email', 'jan@example.cz', '123456');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain('123456');
    expect(hasher.matches(stored, 'p1', 'email', 'jan@example.cz', '123456')).toBe(true);
    expect(new CodeHasher('s'.repeat(32)).matches(stored, 'p1', 'email', 'jan@example.cz', '123456')).toBe(true);
    expect(hasher.matches(stored, 'p1', 'email', 'jan@example.cz', '123457')).toBe(false);
    expect(hasher.matches(stored, 'p2', 'email', 'jan@example.cz', '123456')).toBe(false);
    expect(hasher.matches(stored, 'p1', 'phone', 'jan@example.cz', '123456')).toBe(false);
    expect(hasher.matches(stored, 'p1', 'email', 'eva@example.cz', '123456')).toBe(false);
    expect(new CodeHasher('t'.repeat(32)).matches(stored, 'p1', 'email', 'jan@example.cz', '123456')).toBe(false);
    expect(hasher.matches('abc', 'p1', 'email', 'jan@example.cz', '123456')).toBe(false);
  });
});

describe('code messages', () => {
  it('carry the code in both languages, the SMS in one part of at most 70 characters', () => {
    for (const locale of ['cs', 'en'] as const) {
      const sms = codeSms('004711', locale);
      expect(sms).toContain('004711');
      expect(sms.length).toBeLessThanOrEqual(70);
      const email = codeEmail('004711', locale);
      expect(email.text).toContain('004711');
      expect(email.text).toContain(String(CONTACT_LIMITS.codeMinutes));
      expect(email.subject).not.toContain('004711');
    }
    expect(codeEmail('1', 'cs').subject).not.toBe(codeEmail('1', 'en').subject);
  });
});
