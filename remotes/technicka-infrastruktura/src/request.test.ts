import { describe, expect, it } from 'vitest';
import { isoDate, laterIsoDate, parseIsoDate, parseRequest, type RawRequest, splitParcels } from './request.js';

const today = new Date(2026, 2, 15, 14, 30); // 15 March 2026, afternoon
const valid: RawRequest = {
  purpose: 'excavation',
  otherPurpose: '',
  territory: ' Lysá   nad Labem ',
  parcels: '123/4, 125;125 7',
  dateFrom: '2026-03-15',
  dateTo: '2026-04-30',
  email: 'jana.novakova@example.cz',
};
const withRaw = (overrides: Partial<RawRequest>) => parseRequest({ ...valid, ...overrides }, today);

describe('the request', () => {
  it('accepts a valid request, tidies the territory and drops duplicate parcels', () => {
    expect(parseRequest(valid, today)).toEqual({
      ok: true,
      request: {
        purpose: 'excavation',
        otherPurpose: null,
        territory: 'Lysá nad Labem',
        parcels: ['123/4', '125', '7'],
        dateFrom: '2026-03-15',
        dateTo: '2026-04-30',
        email: 'jana.novakova@example.cz',
      },
    });
  });

  it('needs a purpose, and a description for "other"', () => {
    expect(withRaw({ purpose: '' })).toMatchObject({ ok: false, errors: { purpose: 'required' } });
    expect(withRaw({ purpose: 'demolition' })).toMatchObject({ ok: false, errors: { purpose: 'choice' } });
    expect(withRaw({ purpose: 'other', otherPurpose: '  ' })).toMatchObject({
      ok: false,
      errors: { otherPurpose: 'required' },
    });
    expect(withRaw({ purpose: 'other', otherPurpose: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      errors: { otherPurpose: 'tooLong' },
    });
    expect(withRaw({ purpose: 'other', otherPurpose: ' Oprava plotu ' })).toMatchObject({
      ok: true,
      request: { purpose: 'other', otherPurpose: 'Oprava plotu' },
    });
    expect(withRaw({ otherPurpose: 'ignored' })).toMatchObject({ ok: true, request: { otherPurpose: null } });
  });

  it('checks the territory and the parcel numbers, naming the bad one', () => {
    expect(withRaw({ territory: '' })).toMatchObject({ errors: { territory: 'required' } });
    expect(withRaw({ territory: '123' })).toMatchObject({ errors: { territory: 'territoryFormat' } });
    expect(withRaw({ territory: 'Dvůr Králové nad Labem-Zálabí' }).ok).toBe(true);
    expect(withRaw({ parcels: ' , ' })).toMatchObject({ errors: { parcels: 'required' }, badParcel: null });
    expect(withRaw({ parcels: '123/4, 12a, 5//6' })).toEqual({
      ok: false,
      errors: { parcels: 'parcelFormat' },
      badParcel: '12a',
    });
    expect(withRaw({ parcels: '123/' })).toMatchObject({ badParcel: '123/' });
    expect(withRaw({ parcels: '123456' })).toMatchObject({ badParcel: '123456' });
    expect(withRaw({ parcels: Array.from({ length: 51 }, (_, i) => String(i + 1)).join(',') })).toMatchObject({
      errors: { parcels: 'tooManyParcels' },
    });
  });

  it('accepts today, refuses the past, invalid days and an end before the start', () => {
    expect(withRaw({ dateFrom: '2026-03-14' })).toMatchObject({ errors: { dateFrom: 'past' } });
    expect(withRaw({ dateFrom: '', dateTo: '' })).toMatchObject({
      errors: { dateFrom: 'required', dateTo: 'required' },
    });
    expect(withRaw({ dateFrom: '2026-02-30' })).toMatchObject({ errors: { dateFrom: 'date' } });
    expect(withRaw({ dateFrom: '2026-05-01', dateTo: '2026-04-30' })).toEqual({
      ok: false,
      errors: { dateTo: 'beforeFrom' },
      badParcel: null,
    });
    expect(withRaw({ dateFrom: '2026-12-31', dateTo: '2027-01-01' }).ok).toBe(true);
    expect(withRaw({ dateFrom: '2026-04-30', dateTo: '2026-04-30' }).ok).toBe(true);
  });

  it('checks the e-mail', () => {
    expect(withRaw({ email: '' })).toMatchObject({ errors: { email: 'required' } });
    expect(withRaw({ email: 'jana@example' })).toMatchObject({ errors: { email: 'email' } });
    expect(withRaw({ email: 'jana novakova@example.cz' })).toMatchObject({ errors: { email: 'email' } });
    expect(withRaw({ email: ' jana@obec.example.cz ' })).toMatchObject({
      ok: true,
      request: { email: 'jana@obec.example.cz' },
    });
  });
});

describe('helpers', () => {
  it('splits parcel lists on commas, semicolons and spaces', () => {
    expect(splitParcels('1, 2;3  4,,1')).toEqual(['1', '2', '3', '4']);
  });

  it('reads and writes local calendar dates, leap years included', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(parseIsoDate('2028-02-29')).toEqual(new Date(2028, 1, 29));
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('15.3.2026')).toBeNull();
  });

  it('picks the later of two dates, ignoring an unfinished one', () => {
    expect(laterIsoDate('2026-04-01', '2026-03-15')).toBe('2026-04-01');
    expect(laterIsoDate('2026-03-01', '2026-03-15')).toBe('2026-03-15');
    expect(laterIsoDate('', '2026-03-15')).toBe('2026-03-15');
    expect(laterIsoDate('2026-1', '2026-03-15')).toBe('2026-03-15');
  });
});
