import { describe, expect, it } from 'vitest';
import { citizenByCard, citizenBySub, citizenByUsername, fullName, maskedPhone, TEST_CITIZENS } from './citizens.js';

describe('TEST_CITIZENS', () => {
  it('are Jan Novák, Eva Svobodová and Petr Dvořák with the documented credentials', () => {
    expect(
      TEST_CITIZENS.map((c) => [
        fullName(c),
        c.username,
        c.password,
        c.cards[0]?.number,
        c.cards[0]?.pin,
        c.hasDataBox,
      ]),
    ).toEqual([
      ['Jan Novák', 'jan.novak', 'Heslo.123', '000000001', '123456', true],
      ['Eva Svobodová', 'eva.svobodova', 'Heslo.456', '000000002', '654321', true],
      ['Petr Dvořák', 'petr.dvorak', 'Heslo.789', '000000003', '111111', false],
    ]);
    expect(TEST_CITIZENS[0]).toMatchObject({ birthdate: '1980-05-14', phone: '+420 601 123 456' });
  });

  it('have stable, unique, pseudonymous subjects that do not reveal the username', () => {
    const subs = TEST_CITIZENS.map((c) => c.sub);
    expect(new Set(subs).size).toBe(subs.length);
    for (const citizen of TEST_CITIZENS) {
      expect(citizen.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(citizen.sub).not.toContain(citizen.username);
      expect(citizen.birthdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('are found by sub, username and card number', () => {
    const jan = TEST_CITIZENS[0];
    expect(citizenBySub(jan?.sub ?? '')).toBe(jan);
    expect(citizenByUsername('eva.svobodova')?.familyName).toBe('Svobodová');
    expect(citizenByCard('000000003')?.citizen.username).toBe('petr.dvorak');
    expect(citizenByCard('000000004')).toBeUndefined();
    expect(citizenByUsername('Jan.Novak')).toBeUndefined();
  });

  it('have their phone masked to the last three digits', () => {
    const [jan, eva] = TEST_CITIZENS;
    expect(jan && maskedPhone(jan)).toBe('+420 *** *** 456');
    expect(eva && maskedPhone(eva)).toBe('+420 *** *** 567');
  });
});
