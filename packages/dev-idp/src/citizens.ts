/** A fictional person the development identity provider can log in. */
export interface TestCitizen {
  /** Stable pseudonymous subject identifier, like the per-service pseudonym (BSI) NIA gives; never the username. */
  sub: string;
  givenName: string;
  familyName: string;
  /** ISO 8601 date, YYYY-MM-DD. */
  birthdate: string;
  username: string;
  password: string;
  /** International format with spaces, e.g. +420 601 123 456. */
  phone: string;
  /** Identity cards with a chip (eOP) and their PINs. */
  cards: { number: string; pin: string }[];
  hasDataBox: boolean;
}

/** The seeded test citizens. Fictional people; their credentials are published in the README on purpose. */
export const TEST_CITIZENS: readonly TestCitizen[] = Object.freeze([
  {
    sub: '5f0c7a3e-8d1b-4c2a-9e6f-1a2b3c4d5e01',
    givenName: 'Jan',
    familyName: 'Novák',
    birthdate: '1980-05-14',
    username: 'jan.novak',
    password: 'Heslo.123',
    phone: '+420 601 123 456',
    cards: [{ number: '000000001', pin: '123456' }],
    hasDataBox: true,
  },
  {
    sub: 'b7e2d9c4-3f6a-4e8b-a1d5-6c7e8f9a0b02',
    givenName: 'Eva',
    familyName: 'Svobodová',
    birthdate: '1985-11-03',
    username: 'eva.svobodova',
    password: 'Heslo.456',
    phone: '+420 602 234 567',
    cards: [{ number: '000000002', pin: '654321' }],
    hasDataBox: true,
  },
  {
    sub: '2a9d4e6f-7b8c-4d1e-b2f3-4a5b6c7d8e03',
    givenName: 'Petr',
    familyName: 'Dvořák',
    birthdate: '1972-02-29',
    username: 'petr.dvorak',
    password: 'Heslo.789',
    phone: '+420 603 345 678',
    cards: [{ number: '000000003', pin: '111111' }],
    hasDataBox: false,
  },
]);

export function citizenBySub(sub: string): TestCitizen | undefined {
  return TEST_CITIZENS.find((citizen) => citizen.sub === sub);
}

export function citizenByUsername(username: string): TestCitizen | undefined {
  return TEST_CITIZENS.find((citizen) => citizen.username === username);
}

/** The citizen holding the card with this number, with the card. */
export function citizenByCard(
  number: string,
): { citizen: TestCitizen; card: { number: string; pin: string } } | undefined {
  for (const citizen of TEST_CITIZENS) {
    const card = citizen.cards.find((candidate) => candidate.number === number);
    if (card) return { citizen, card };
  }
  return undefined;
}

export function fullName(citizen: TestCitizen): string {
  return `${citizen.givenName} ${citizen.familyName}`;
}

/** The phone number as an SMS page shows it: only the last three digits, as identita.cz does. */
export function maskedPhone(citizen: TestCitizen): string {
  const digits = citizen.phone.replace(/\D/g, '');
  return `+${digits.slice(0, 3)} *** *** ${digits.slice(-3)}`;
}
