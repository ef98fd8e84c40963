import type { RuianAddress } from '@czp/contract';

/** PSČ as Czech writes it: "588 56". */
export function formatPostalCode(code: string): string {
  return /^\d{5}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * An address as RÚIAN writes it on one line: "náměstí Zachariáše z Hradce 1, 588 56 Telč",
 * "Havlíčkova 1043/12, Nové Město, 586 01 Jihlava". The house number is "číslo popisné/číslo orientační"; the part of
 * the municipality is named when it differs from the municipality; without a street the part (or "č. p.") leads.
 */
export function formatAddress(address: RuianAddress): string {
  const number = address.orientationNumber
    ? `${address.houseNumber}/${address.orientationNumber}`
    : address.houseNumber;
  const district = address.district && address.district !== address.municipality ? address.district : null;
  const place = `${formatPostalCode(address.postalCode)} ${address.municipality}`;
  if (address.street) return [`${address.street} ${number}`, district, place].filter(Boolean).join(', ');
  return [district ? `${district} ${number}` : `č. p. ${number}`, place].join(', ');
}

/** A state-registered photo as an `<img src>` (CSP img-src allows data:). Only the register's own image types. */
export function photoSource(photo: { mediaType: string; base64: string }): string | null {
  if (!['image/png', 'image/jpeg', 'image/svg+xml'].includes(photo.mediaType)) return null;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(photo.base64)) return null;
  return `data:${photo.mediaType};base64,${photo.base64}`;
}

const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/** A file's size as the portal shows it (binary units, as the data box does): "2 kB", "1,5 MB". */
export function formatSize(bytes: number, formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string) {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, { maximumFractionDigits: unit === 0 ? 0 : 1 })}\u00a0${UNITS[unit]}`;
}
