import { describe, expect, it } from 'vitest';
import {
  isoDate,
  laterIsoDate,
  parcelOfProperty,
  parseIsoDate,
  parseRequest,
  type RawRequest,
  splitParcels,
  streetLine,
} from './request.js';

const today = new Date(2026, 2, 15, 14, 30); // 15 March 2026, afternoon
const valid: RawRequest = {
  purpose: 'excavation',
  otherPurpose: '',
  territory: ' Lysá   nad Labem ',
  parcels: '123/4, 125;125 7',
  dateFrom: '2026-03-15',
  dateTo: '2026-04-30',
  email: 'jana.novakova@example.cz',
  applicantName: ' Jana  Nováková ',
  street: 'Husova 12',
  municipality: 'Lysá nad Labem',
  postalCode: '289 22',
  ownParcels: [],
};
const withRaw = (overrides: Partial<RawRequest>) => parseRequest({ ...valid, ...overrides }, today);

describe('the request', () => {
  it('accepts a valid request, tidies the territory and drops duplicate parcels', () => {
    expect(parseRequest(valid, today)).toEqual({
      ok: true,
      request: {
        purpose: 'excavation',
        parcels: [
          { cadastralArea: 'Lysá nad Labem', number: '123/4' },
          { cadastralArea: 'Lysá nad Labem', number: '125' },
          { cadastralArea: 'Lysá nad Labem', number: '7' },
        ],
        works: { from: '2026-03-15', to: '2026-04-30' },
        applicant: {
          name: 'Jana Nováková',
          address: { street: 'Husova 12', municipality: 'Lysá nad Labem', postalCode: '28922' },
        },
        contact: { email: 'jana.novakova@example.cz' },
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
    const ignored = withRaw({ otherPurpose: 'ignored' });
    expect(ignored.ok && 'otherPurpose' in ignored.request).toBe(false);
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
      request: { contact: { email: 'jana@obec.example.cz' } },
    });
  });
});

describe('the parcels and the applicant', () => {
  it('takes the ticked own parcels with their own areas, and needs a territory only for parcels typed by hand', () => {
    const own = [{ cadastralArea: 'Konice u Znojma', number: '4518/3' }];
    expect(withRaw({ ownParcels: own, territory: '', parcels: '' })).toMatchObject({
      ok: true,
      request: { parcels: own },
    });
    expect(withRaw({ ownParcels: own, territory: '', parcels: '12' })).toMatchObject({
      errors: { territory: 'required' },
    });
    expect(withRaw({ ownParcels: own, territory: 'Znojmo-město', parcels: '' })).toMatchObject({
      errors: { parcels: 'required' },
    });
    expect(withRaw({ ownParcels: [], territory: '', parcels: '' })).toMatchObject({
      errors: { territory: 'required', parcels: 'noParcel' },
    });
    expect(withRaw({ ownParcels: own, territory: 'Konice u Znojma', parcels: '4518/3, st. 12' })).toMatchObject({
      request: {
        parcels: [
          { cadastralArea: 'Konice u Znojma', number: '4518/3' },
          { cadastralArea: 'Konice u Znojma', number: 'st. 12' },
        ],
      },
    });
  });

  it('needs the applicant’s name and address, with a five-digit postal code', () => {
    expect(withRaw({ applicantName: ' ', street: '', municipality: '', postalCode: '2892' })).toMatchObject({
      errors: { applicantName: 'required', street: 'required', municipality: 'required', postalCode: 'postalCode' },
    });
    expect(withRaw({ street: 'x'.repeat(201) })).toMatchObject({ errors: { street: 'tooLong' } });
  });
});

describe('helpers', () => {
  it('splits parcel lists on commas, semicolons and spaces, keeping a building plot "st. 12" whole', () => {
    expect(splitParcels('1, 2;3  4,,1')).toEqual(['1', '2', '3', '4']);
    expect(splitParcels('st. 3217, st.12 5')).toEqual(['st. 3217', 'st. 12', '5']);
  });

  it('finds the parcel of a cadastre record, and none in a flat', () => {
    const record = (cs: string) => ({ cadastralArea: 'Znojmo-město', description: { cs } });
    expect(parcelOfProperty(record('Pozemek parc. č. 4518/3, vinice, 812 m²'))).toEqual({
      cadastralArea: 'Znojmo-město',
      number: '4518/3',
    });
    expect(parcelOfProperty(record('Rodinný dům č. p. 2145 na pozemku parc. č. st. 3217'))?.number).toBe('st. 3217');
    expect(parcelOfProperty(record('Jednotka č. 1/3 (byt) v budově č. p. 1'))).toBeNull();
  });

  it('writes the street line of an address', () => {
    const address = {
      code: '1',
      street: 'Vinohradská',
      houseNumber: '2145',
      orientationNumber: '17',
      district: 'Znojmo',
      municipality: 'Znojmo',
      postalCode: '66902',
    };
    expect(streetLine(address)).toBe('Vinohradská 2145/17');
    expect(streetLine({ ...address, street: null, orientationNumber: null })).toBe('Znojmo 2145');
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
