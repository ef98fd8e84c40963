import { createTranslator } from '@czp/remote-sdk';
import { describe, expect, it } from 'vitest';
import { messages } from './messages.js';
import { registerRows } from './panels.js';

const cs = createTranslator(messages, 'cs');
const en = createTranslator(messages, 'en');
const plain = (rows: { label: string; value?: string | null }[]) =>
  rows.map((row) => [row.label, row.value?.replace(/\s/g, ' ') ?? null]);

describe('register rows', () => {
  it('say in words that a register holds nothing, and leave a missing value empty', () => {
    expect(plain(registerRows(cs, 'persons', { entries: [] }))).toEqual([['Zápisy v registru osob', 'žádné zápisy']]);
    expect(plain(registerRows(cs, 'drivers', { licence: null, points: { total: 0, events: [] } }))).toEqual([
      ['Řidičský průkaz', null],
      ['Body v bodovém hodnocení', '0 z 12 bodů'],
    ]);
    expect(plain(registerRows(en, 'cadastre', {}))).toEqual([['Real estate', 'no real estate']]);
    expect(plain(registerRows(cs, 'residents', {})).map(([, value]) => value)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('name trade licences by kind and state, and list vaccinations newest first', () => {
    const trade = registerRows(en, 'trade', {
      ico: null,
      licences: [
        {
          subject: { cs: 'Hostinská činnost', en: 'Catering' },
          kind: 'craft',
          since: '2020-02-01',
          state: 'suspended',
        },
      ],
    });
    expect(plain(trade)).toEqual([
      ['Company ID (IČO)', null],
      ['Catering', 'craft trade, suspended, since 1 February 2020'],
    ]);
    const health = registerRows(cs, 'health', {
      insurer: null,
      vaccinations: [
        { date: '2019-10-02', vaccine: 'Boostrix', disease: { cs: 'Tetanus', en: 'Tetanus' } },
        { date: '2025-10-15', vaccine: 'Vaxigrip Tetra', disease: { cs: 'Chřipka', en: 'Influenza' } },
      ],
    });
    expect(plain(health).slice(1)).toEqual([
      ['Očkování: Chřipka', 'Vaxigrip Tetra, 15. října 2025'],
      ['Očkování: Tetanus', 'Boostrix, 2. října 2019'],
    ]);
  });
});
