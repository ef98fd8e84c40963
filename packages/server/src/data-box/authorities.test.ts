import type { AuthorityBox } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { formatDay, portalAuthorities } from './authorities.js';

const telc: AuthorityBox = { id: 'mesto-telc', kind: 'municipality', name: { cs: 'Město Telč', en: 'Town of Telč' } };
const justice: AuthorityBox = {
  id: 'ministerstvo-spravedlnosti',
  kind: 'ministry',
  name: { cs: 'Ministerstvo spravedlnosti', en: 'Ministry of Justice' },
};
const system: AuthorityBox = {
  id: 'provozovatel-portalu',
  kind: 'system',
  name: { cs: 'Provozovatel', en: 'Operator' },
};
// 23:30 UTC on 1 December is already 2 December in Prague.
const late = new Date('2026-12-01T23:30:00Z');

async function confirmation(to: AuthorityBox, locale: 'cs' | 'en') {
  const [confirm] = portalAuthorities.respondersOf(to);
  return confirm?.reply({ subject: 'Dotaz', citizenName: 'Jan Novák', locale }, to, late);
}

describe('the delivery confirmation', () => {
  it('comes from every authority, a ministry as a municipality, never from the operator’s system box', async () => {
    expect((await confirmation(telc, 'cs'))?.subject).toBe('Potvrzení o doručení: Dotaz');
    expect((await confirmation(justice, 'cs'))?.subject).toBe('Potvrzení o doručení: Dotaz');
    expect(await confirmation(system, 'cs')).toBeNull();
  });

  it('is written in Czech alone for a Czech citizen, with the day in words as in Prague', async () => {
    const reply = await confirmation(justice, 'cs');
    expect(reply?.body).toBe(
      'Vaše zpráva „Dotaz“ byla 2. prosince 2026 doručena do datové schránky: Ministerstvo spravedlnosti.\n' +
        'Tato zpráva byla odeslána automaticky; neodpovídejte na ni.',
    );
  });

  it('is written in English alone for an English one', async () => {
    const reply = await confirmation(telc, 'en');
    expect(reply?.subject).toBe('Delivery confirmation: Dotaz');
    expect(reply?.body).toBe(
      'Your message “Dotaz” was delivered to the data box of Town of Telč on 2 December 2026.\n' +
        'This message was sent automatically; do not reply to it.',
    );
  });
});

describe('formatDay', () => {
  it('writes the Prague day in the language’s long form', () => {
    expect(formatDay(late, 'cs')).toBe('2. prosince 2026');
    expect(formatDay(late, 'en')).toBe('2 December 2026');
    expect(formatDay(new Date('2026-07-14T21:59:00Z'), 'cs')).toBe('14. července 2026');
  });
});
