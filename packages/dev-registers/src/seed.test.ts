import { DOCUMENT_EXPIRING_DAYS, REGISTER_INFO, REGISTER_ITEMS, REGISTERS, type RegisterData } from '@czp/contract';
import {
  agendaRecordsSchema,
  conversionAnswerSchema,
  registerAccessRecordsSchema,
  registerDataSchemas,
} from '@czp/contract/api-schemas';
import { TEST_CITIZENS } from '@czp/dev-idp';
import { describe, expect, it } from 'vitest';
import { isRelative } from './relative-dates.js';
import {
  accessRecordsAnswer,
  agendasAnswer,
  DEFAULT_SEED,
  indexSeed,
  registerAnswer,
  type Seed,
  type SeedPerson,
  seedProblems,
} from './seed.js';

const NOW = new Date('2026-12-03T08:50:00Z');
const DAY = 86_400_000;

function person(givenName: string): SeedPerson {
  const found = DEFAULT_SEED.people.find((candidate) => candidate.name.startsWith(givenName));
  if (!found) throw new Error(`no ${givenName} in the seed`);
  return found;
}

function all<R extends keyof RegisterData>(who: SeedPerson, register: R, now = NOW): Required<RegisterData[R]> {
  const data = registerAnswer(who, register, Object.keys(REGISTER_ITEMS[register]), now);
  return registerDataSchemas[register].parse(data) as Required<RegisterData[R]>;
}

const daysUntil = (date: string, now = NOW) => Math.round((Date.parse(`${date}T00:00:00Z`) - now.getTime()) / DAY);

describe('the bundled seed', () => {
  it.each([NOW, new Date('2028-02-29T23:59:59Z'), new Date('2027-12-31T00:00:00Z')])(
    'is right on %s: every answer parses with the contract',
    (now) => {
      expect(seedProblems(DEFAULT_SEED, now)).toEqual([]);
    },
  );

  it('writes every relative date and time correctly (a misspelt one would stay text)', () => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(DEFAULT_SEED.people);
    const relative = strings.filter((value) => /^(today|now)\b/.test(value));
    expect(relative.length).toBeGreaterThan(20);
    expect(relative.filter((value) => !isRelative(value))).toEqual([]);
  });

  it("holds the identity provider's test citizens, by their subjects", () => {
    expect(DEFAULT_SEED.people.map((p) => p.subject).sort()).toEqual(TEST_CITIZENS.map((c) => c.sub).sort());
    for (const citizen of TEST_CITIZENS) {
      const seeded = DEFAULT_SEED.people.find((p) => p.subject === citizen.sub) as SeedPerson;
      const residents = all(seeded, 'residents');
      expect(residents.name).toEqual({ givenName: citizen.givenName, familyName: citizen.familyName });
      expect(residents.birth.date).toBe(citizen.birthdate);
      expect(residents.dataBoxId !== null).toBe(citizen.hasDataBox);
    }
  });

  it("answers every register of every person with every item, each parsing with the register's schema", () => {
    for (const who of DEFAULT_SEED.people) {
      for (const register of REGISTERS) {
        const data = all(who, register);
        expect(Object.keys(data).sort()).toEqual(Object.keys(REGISTER_ITEMS[register]).sort());
        expect(registerAccessRecordsSchema.safeParse(accessRecordsAnswer(who, register, NOW)).success).toBe(true);
      }
      expect(agendaRecordsSchema.safeParse(agendasAnswer(DEFAULT_SEED, who)).success).toBe(true);
    }
  });

  it('knows every person by a different AIFO in every register, each a valid conversion answer', () => {
    const aifos = DEFAULT_SEED.people.flatMap((who) => REGISTERS.map((r) => who.aifo[REGISTER_INFO[r].agenda]));
    expect(aifos).toHaveLength(DEFAULT_SEED.people.length * REGISTERS.length);
    expect(new Set(aifos).size).toBe(aifos.length);
    for (const aifo of aifos) expect(conversionAnswerSchema.safeParse({ aifo }).success).toBe(true);
    const index = indexSeed(DEFAULT_SEED);
    const jan = person('Jan');
    expect(index.byAifo('drivers', jan.aifo.A34 as string)).toBe(jan);
    expect(index.byAifo('residents', jan.aifo.A34 as string)).toBeUndefined();
  });

  it('gives Jan Novák a residence in Telč, an ID card expiring within 30 days, points, a flat and a trade', () => {
    const jan = person('Jan');
    const residents = all(jan, 'residents');
    expect(residents.address).toMatchObject({
      municipality: 'Telč',
      postalCode: '58856',
      street: 'náměstí Zachariáše z Hradce',
    });
    expect(residents.citizenship).toEqual({ code: '203', name: { cs: 'Česká republika', en: 'Czech Republic' } });
    expect(residents.photo?.mediaType).toBe('image/svg+xml');
    expect(Buffer.from(residents.photo?.base64 ?? '', 'base64').toString('utf8')).toMatch(/^<svg /);
    const idCard = residents.documents.find((d) => d.kind === 'id-card');
    expect(daysUntil(idCard?.validUntil ?? '')).toBeGreaterThan(0);
    expect(daysUntil(idCard?.validUntil ?? '')).toBeLessThanOrEqual(DOCUMENT_EXPIRING_DAYS);
    const passport = residents.documents.find((d) => d.kind === 'passport');
    expect(daysUntil(passport?.validUntil ?? '')).toBeGreaterThan(DOCUMENT_EXPIRING_DAYS);

    const drivers = all(jan, 'drivers');
    expect(drivers.points.total).toBeGreaterThan(0);
    expect(drivers.points.total).toBe(drivers.points.events.reduce((sum, event) => sum + event.points, 0));
    expect(all(jan, 'cadastre').properties).toEqual([
      expect.objectContaining({ kind: 'unit', cadastralArea: 'Telč', share: '1/1' }),
    ]);
    const trade = all(jan, 'trade');
    expect(trade.licences.length).toBeGreaterThan(0);
    expect(all(jan, 'persons').entries.map((entry) => entry.ico)).toContain(trade.ico);
    expect(all(jan, 'health').insurer?.code).toBe('111');
    expect(all(jan, 'health').vaccinations.length).toBeGreaterThan(0);
  });

  it('keeps the relative dates relative: on another day the ID card still expires in the same days', () => {
    const later = new Date(NOW.getTime() + 400 * DAY);
    const card = (now: Date) => all(person('Jan'), 'residents', now).documents.find((d) => d.kind === 'id-card');
    expect(daysUntil(card(later)?.validUntil ?? '', later)).toBe(daysUntil(card(NOW)?.validUntil ?? ''));
    expect(card(later)?.validUntil).not.toBe(card(NOW)?.validUntil);
  });

  it('gives Eva Svobodová valid documents, no points and no trade', () => {
    const eva = person('Eva');
    for (const document of all(eva, 'residents').documents) {
      expect(daysUntil(document.validUntil)).toBeGreaterThan(DOCUMENT_EXPIRING_DAYS);
    }
    expect(daysUntil(all(eva, 'drivers').licence?.validUntil ?? '')).toBeGreaterThan(DOCUMENT_EXPIRING_DAYS);
    expect(all(eva, 'drivers').points).toEqual({ total: 0, events: [] });
    expect(all(eva, 'trade')).toEqual({ ico: null, licences: [] });
    expect(all(eva, 'persons').entries).toEqual([]);
    expect(all(eva, 'residents').address.municipality).toBe('Brno');
  });

  it('gives Petr Dvořák no data box, an expired passport, a house and a parcel', () => {
    const petr = person('Petr');
    const residents = all(petr, 'residents');
    expect(residents.dataBoxId).toBeNull();
    const passport = residents.documents.find((d) => d.kind === 'passport');
    expect(daysUntil(passport?.validUntil ?? '')).toBeLessThan(0);
    expect(
      all(petr, 'cadastre')
        .properties.map((p) => p.kind)
        .sort(),
    ).toEqual(['building', 'parcel']);
  });

  it('lists the agendas that hold data about each person, named as the registers are', () => {
    for (const who of DEFAULT_SEED.people) {
      const agendas = agendasAnswer(DEFAULT_SEED, who);
      const codes = agendas.map((agenda) => agenda.code);
      for (const register of ['residents', 'drivers', 'cadastre', 'health'] as const) {
        expect(codes).toContain(REGISTER_INFO[register].agenda);
      }
      for (const agenda of agendas) {
        const register = REGISTERS.find((r) => REGISTER_INFO[r].agenda === agenda.code);
        if (register) expect(agenda.name).toEqual(REGISTER_INFO[register].name);
      }
    }
    expect(agendasAnswer(DEFAULT_SEED, person('Jan')).map((a) => a.code)).toEqual(
      expect.arrayContaining(['A121', 'A34', 'A6', 'A1', 'A1086', 'A117', 'A118']),
    );
    expect(agendasAnswer(DEFAULT_SEED, person('Eva')).map((a) => a.code)).not.toContain('A1');
  });

  it("answers a register's records of outside reads newest first, at times relative to now", () => {
    const records = accessRecordsAnswer(person('Jan'), 'residents', NOW);
    expect(records.length).toBeGreaterThanOrEqual(2);
    const times = records.map((record) => Date.parse(record.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times.every((time) => time < NOW.getTime())).toBe(true);
    expect(records[0]?.at).toBe('2026-11-30T03:50:00Z');
    expect(records.map((record) => record.authority.cs)).toEqual(
      expect.arrayContaining(['Policie České republiky', 'Finanční úřad pro Kraj Vysočina']),
    );
  });

  it('answers only the asked items', () => {
    expect(Object.keys(registerAnswer(person('Jan'), 'residents', ['address', 'photo'], NOW)).sort()).toEqual([
      'address',
      'photo',
    ]);
  });
});

describe('seed problems', () => {
  const broken = (change: (seed: Seed) => void): string[] => {
    const seed = structuredClone(DEFAULT_SEED);
    change(seed);
    return seedProblems(seed, NOW);
  };

  it('finds a misspelt relative date, an unknown item, a repeated AIFO and an undescribed agenda', () => {
    expect(
      broken((seed) => {
        const documents = seed.people[0]?.registers.residents.documents as { validUntil: string }[];
        (documents[0] as { validUntil: string }).validUntil = 'today+21';
      }).join('\n'),
    ).toMatch(/residents/);
    expect(
      broken((seed) => {
        (seed.people[1] as SeedPerson).registers.drivers.speed = 1;
      }),
    ).toEqual([expect.stringContaining('drivers has no item speed')]);
    expect(
      broken((seed) => {
        (seed.people[1] as SeedPerson).aifo.A6 = (seed.people[0] as SeedPerson).aifo.A6 as string;
      }),
    ).toEqual([expect.stringContaining('is also')]);
    expect(
      broken((seed) => {
        (seed.people[2] as SeedPerson).agendas.push('A9999');
      }),
    ).toEqual([expect.stringContaining('A9999')]);
    expect(
      broken((seed) => {
        delete (seed.people[2] as SeedPerson).aifo.A1086;
      }),
    ).toEqual([expect.stringContaining('no AIFO for A1086')]);
  });
});
