/**
 * Tests of "my data": an in-process gateway with different data per person (the scripted identity provider's
 * subjects jan and eva), each register's own records of outside reads, the agendas, and registers made failing.
 */
import { createHash } from 'node:crypto';
import {
  type AgendaRecord,
  REGISTERS,
  type RegisterAccessRecord,
  type RegisterData,
  type RegisterId,
} from '@czp/contract';
import type { RegisterPorts } from '@czp/service-bus';
import type { RegistersGateway } from '../registers/gateway.js';

type PersonData = { [R in RegisterId]: RegisterData[R] };

export interface MyDataGateway extends RegistersGateway {
  /** Registers that throw (reads and their records alike). */
  failing: Set<RegisterId>;
  /** The register of rights and obligations throws. */
  agendasFailing: boolean;
}

const address = (municipality: string, street: string, houseNumber: string, postalCode: string) => ({
  code: createHash('sha256').update(street).digest().readUInt32BE(0).toString().slice(0, 8),
  street,
  houseNumber,
  orientationNumber: null,
  district: null,
  municipality,
  postalCode,
});

const interior = { cs: 'Městský úřad Telč', en: 'Telč Municipal Office' };

/** Jan's identity card expires 17 days after 3 December 2026 (the tests' clock); Eva's passport has expired. */
const PEOPLE: Record<
  string,
  { data: PersonData; records: Partial<Record<RegisterId, RegisterAccessRecord[]>>; agendas: AgendaRecord[] }
> = {
  jan: {
    data: {
      residents: {
        name: { givenName: 'Jan', familyName: 'Novák' },
        birth: { date: '1980-05-14', place: 'Jihlava' },
        citizenship: { code: '203', name: { cs: 'Česká republika', en: 'Czech Republic' } },
        address: address('Telč', 'náměstí Zachariáše z Hradce', '12', '58856'),
        dataBoxId: 'ab12cd3',
        photo: null,
        documents: [
          { kind: 'id-card', number: '203456789', issuedOn: '2016-12-20', validUntil: '2026-12-20', issuer: interior },
          { kind: 'passport', number: '45123456', issuedOn: '2022-03-01', validUntil: '2032-03-01', issuer: interior },
        ],
      },
      persons: { entries: [] },
      drivers: {
        licence: {
          kind: 'driving-licence',
          number: 'EL123456',
          issuedOn: '2019-06-01',
          validUntil: '2029-06-01',
          issuer: interior,
          categories: ['AM', 'B'],
        },
        points: { total: 4, events: [] },
      },
      cadastre: { properties: [] },
      trade: { ico: null, licences: [] },
      health: { insurer: { code: '111', name: { cs: 'VZP ČR', en: 'VZP ČR' } }, vaccinations: [] },
    },
    records: {
      residents: [
        {
          at: '2026-11-20T10:15:00+01:00',
          authority: {
            cs: 'Krajské ředitelství policie kraje Vysočina',
            en: 'Regional Police Directorate of the Vysočina Region',
          },
          agenda: 'A1046',
          purpose: {
            cs: 'Ověření totožnosti při šetření přestupku',
            en: 'Checking the identity in a misdemeanour investigation',
          },
          items: ['jméno a příjmení', 'adresa místa pobytu'],
        },
      ],
      drivers: [
        {
          at: '2026-10-02T08:00:00Z',
          authority: { cs: 'Finanční úřad pro Kraj Vysočina', en: 'Tax Office for the Vysočina Region' },
          agenda: 'A1',
          purpose: { cs: 'Daňové řízení – žádost o součinnost', en: 'Tax proceedings – a request for cooperation' },
          items: ['řidičské oprávnění'],
        },
      ],
    },
    agendas: [
      {
        code: 'A121',
        name: { cs: 'Základní registr obyvatel', en: 'Register of residents' },
        holds: [{ cs: 'Adresa místa pobytu', en: 'Address of residence' }],
        administrator: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' },
      },
      {
        code: 'A34',
        name: { cs: 'Registr řidičů', en: 'Register of drivers' },
        holds: [{ cs: 'Řidičský průkaz', en: 'Driving licence' }],
        administrator: { cs: 'Ministerstvo dopravy', en: 'Ministry of Transport' },
      },
    ],
  },
  eva: {
    data: {
      residents: {
        name: { givenName: 'Eva', familyName: 'Svobodová' },
        birth: { date: '1985-11-03', place: 'Brno' },
        citizenship: { code: '203', name: { cs: 'Česká republika', en: 'Czech Republic' } },
        address: address('Brno', 'Masarykova', '31', '60200'),
        dataBoxId: 'ef45gh6',
        photo: null,
        documents: [
          {
            kind: 'passport',
            number: '41987654',
            issuedOn: '2016-01-10',
            validUntil: '2026-01-10',
            issuer: { cs: 'Magistrát města Brna', en: 'Brno City Council' },
          },
        ],
      },
      persons: { entries: [] },
      drivers: { licence: null, points: { total: 0, events: [] } },
      cadastre: { properties: [] },
      trade: { ico: null, licences: [] },
      health: { insurer: { code: '207', name: { cs: 'OZP', en: 'OZP' } }, vaccinations: [] },
    },
    records: {
      residents: [
        {
          at: '2026-09-15T09:00:00+02:00',
          authority: { cs: 'Úřad práce České republiky', en: 'Labour Office of the Czech Republic' },
          agenda: 'A1083',
          purpose: { cs: 'Posouzení nároku na dávku', en: 'Assessing an entitlement to a benefit' },
          items: ['adresa místa pobytu'],
        },
      ],
    },
    agendas: [],
  },
};

export function myDataGateway(): MyDataGateway {
  const failing = new Set<RegisterId>();
  const subjects = new Map<string, string>();
  const personOf = (aifo: string) => {
    const subject = subjects.get(aifo);
    const person = subject ? PEOPLE[subject] : undefined;
    if (!person) throw new Error(`unknown aifo ${aifo}`);
    return person;
  };
  const check = (register: RegisterId) => {
    if (failing.has(register)) throw new Error(`${register} is failing (test)`);
  };
  const registers = Object.fromEntries(
    REGISTERS.map((register) => [
      register,
      {
        async read(aifo: string, items: readonly string[]) {
          check(register);
          const data = personOf(aifo).data[register] as Record<string, unknown>;
          return Object.fromEntries(items.map((item) => [item, data[item]]));
        },
        async accessRecords(aifo: string) {
          check(register);
          return personOf(aifo).records[register] ?? [];
        },
      },
    ]),
  ) as unknown as RegisterPorts;
  const gateway: MyDataGateway = {
    failing,
    agendasFailing: false,
    registers,
    conversion: {
      async aifo(subject, agenda) {
        // A different identifier in every agenda, never the subject itself.
        const aifo = createHash('sha256').update(`${agenda}\0${subject}`).digest('base64url').slice(0, 24);
        subjects.set(aifo, subject);
        return aifo;
      },
    },
    agendas: {
      async agendas(subject) {
        if (gateway.agendasFailing) throw new Error('the register of rights and obligations is failing (test)');
        return PEOPLE[subject]?.agendas ?? [];
      },
    },
  };
  return gateway;
}
