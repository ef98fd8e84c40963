import { describe, expect, it } from 'vitest';
import { formatAddress, formatPostalCode, photoSource } from './format.js';

const address = {
  code: '12345678',
  street: 'náměstí Zachariáše z Hradce',
  houseNumber: '1',
  orientationNumber: null,
  district: null,
  municipality: 'Telč',
  postalCode: '58856',
};

describe('formatAddress (RÚIAN on one line)', () => {
  it('writes street and number, then postcode and municipality', () => {
    expect(formatAddress(address)).toBe('náměstí Zachariáše z Hradce 1, 588 56 Telč');
    expect(formatAddress({ ...address, district: 'Telč' })).toBe('náměstí Zachariáše z Hradce 1, 588 56 Telč');
  });

  it('writes číslo popisné/orientační and a part of the municipality that differs', () => {
    expect(
      formatAddress({
        ...address,
        street: 'Havlíčkova',
        houseNumber: '1043',
        orientationNumber: '12a',
        district: 'Nové Město',
        municipality: 'Jihlava',
        postalCode: '58601',
      }),
    ).toBe('Havlíčkova 1043/12a, Nové Město, 586 01 Jihlava');
  });

  it('without a street leads with the part of the municipality, or with č. p.', () => {
    expect(formatAddress({ ...address, street: null, houseNumber: '25', district: 'Studnice' })).toBe(
      'Studnice 25, 588 56 Telč',
    );
    expect(formatAddress({ ...address, street: null, houseNumber: '25' })).toBe('č. p. 25, 588 56 Telč');
  });

  it('leaves a postcode that is not five digits as it is', () => {
    expect(formatPostalCode('588')).toBe('588');
  });
});

describe('photoSource', () => {
  it('makes a data URL of the register’s image types only, from base64 only', () => {
    expect(photoSource({ mediaType: 'image/png', base64: 'iVBORw0KGgo=' })).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(photoSource({ mediaType: 'text/html', base64: 'PGI+' })).toBeNull();
    expect(photoSource({ mediaType: 'image/png', base64: 'abc"onerror="x' })).toBeNull();
  });
});
