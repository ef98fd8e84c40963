import { CONTACT_LIMITS } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../http/refusal.js';
import { normaliseContact, normaliseEmail, normalisePhone } from './values.js';

function refusal(run: () => unknown): Refusal {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('normaliseEmail', () => {
  it('trims and lower-cases the domain only', () => {
    expect(normaliseEmail('  Jana.Novakova@Example.CZ ')).toBe('Jana.Novakova@example.cz');
    expect(normaliseEmail('jan+portal@mesto-telc.cz')).toBe('jan+portal@mesto-telc.cz');
  });

  it('refuses what is no address, and addresses longer than the limit, naming value', () => {
    for (const bad of ['jan', 'jan@', '@example.cz', 'jan@example', 'jan novak@example.cz', 'a@b@example.cz']) {
      const refused = refusal(() => normaliseEmail(bad));
      expect(refused.status, bad).toBe(400);
      expect(refused.field).toBe('value');
    }
    const local = 'a'.repeat(60);
    const long = `${local}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.cz`;
    expect(long.length).toBeGreaterThan(CONTACT_LIMITS.emailLength);
    expect(refusal(() => normaliseEmail(long)).message).toContain(String(CONTACT_LIMITS.emailLength));
  });
});

describe('normalisePhone', () => {
  it('writes Czech numbers as +420 601 123 456 however they were typed', () => {
    for (const typed of ['601123456', '601 123 456', '+420601123456', '+420 601-123-456', '00420 601 123 456']) {
      expect(normalisePhone(typed), typed).toBe('+420 601 123 456');
    }
  });

  it('takes mobile numbers abroad with their country code', () => {
    expect(normalisePhone('+421905123456')).toBe('+421 905 123 456');
    expect(normalisePhone('0049 1512 3456789')).toBe('+49 1512 3456789');
    expect(normalisePhone('+44 (7911) 123456')).toBe('+44 7911 123456');
  });

  it('refuses what no SMS reaches or is no number, naming value', () => {
    const landline = refusal(() => normalisePhone('+420 224 012 345'));
    expect(landline.field).toBe('value');
    expect(landline.message).toMatch(/mobile/);
    for (const bad of ['12345', '+420 123', 'six-oh-one', '+999 123 456 789', '1'.repeat(20)]) {
      expect(refusal(() => normalisePhone(bad)).field, bad).toBe('value');
    }
  });
});

describe('normaliseContact', () => {
  it('says what is wanted when the value is missing or no text', () => {
    expect(refusal(() => normaliseContact('email', undefined)).message).toMatch(/^value is required: the e-mail/);
    expect(refusal(() => normaliseContact('phone', 601123456)).message).toMatch(/^value is required: the phone/);
    expect(refusal(() => normaliseContact('phone', '   ')).field).toBe('value');
    expect(refusal(() => normaliseContact('email', `${'x'.repeat(2000)}@example.cz`)).field).toBe('value');
    expect(normaliseContact('phone', '602 234 567')).toBe('+420 602 234 567');
  });
});
