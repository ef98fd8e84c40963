import { DOCUMENT_EXPIRING_DAYS, type DocumentRecord } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { documentState, documentsOf, documentView } from './documents.js';

const card: DocumentRecord & { kind: 'id-card' } = {
  kind: 'id-card',
  number: '123456789',
  issuedOn: '2016-12-20',
  validUntil: '2026-12-20',
  issuer: { cs: 'Městský úřad Telč', en: 'Telč Municipal Office' },
};

describe('the state of a document', () => {
  it('is expiring within the contract days, expired after its last valid day', () => {
    expect(documentState(DOCUMENT_EXPIRING_DAYS + 1)).toBe('valid');
    expect(documentState(DOCUMENT_EXPIRING_DAYS)).toBe('expiring');
    expect(documentState(0)).toBe('expiring');
    expect(documentState(-1)).toBe('expired');
  });

  it('counts the days left from today', () => {
    expect(documentView(card, 'residents', '2026-12-03')).toMatchObject({ daysLeft: 17, state: 'expiring' });
    expect(documentView(card, 'residents', '2026-11-01')).toMatchObject({ daysLeft: 49, state: 'valid' });
    expect(documentView(card, 'residents', '2026-12-21')).toMatchObject({ daysLeft: -1, state: 'expired' });
  });

  it('lists the residents register documents before the driving licence, without its categories', () => {
    const licence = {
      ...card,
      kind: 'driving-licence' as const,
      number: 'EL123456',
      validUntil: '2031-05-01',
      categories: ['B'],
    };
    const views = documentsOf({ documents: [card] }, { licence }, '2026-12-03');
    expect(views.map((view) => [view.kind, view.register, view.state])).toEqual([
      ['id-card', 'residents', 'expiring'],
      ['driving-licence', 'drivers', 'valid'],
    ]);
    expect(views[1]).not.toHaveProperty('categories');
    expect(documentsOf(null, { licence: null }, '2026-12-03')).toEqual([]);
  });
});
