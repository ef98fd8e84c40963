import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type DataCategory, REGISTER_INFO, REGISTERS, type RegisterData, type RegisterId } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { createServiceBus } from './bus.js';
import { BusRefusal, UnknownPersonError } from './errors.js';
import type {
  AccessLogPort,
  AccessLogStart,
  AgendasPort,
  ConversionPort,
  PersonRef,
  ReadContext,
  ReaderRef,
  RefusalCode,
  RegisterPort,
  RegisterPorts,
  ResilienceOptions,
} from './types.js';

const JAN: PersonRef = { id: 'person-jan', subject: '5f0c7a3e-8d1b-4c2a-9e6f-1a2b3c4d5e01' };
const telc = { cs: 'Městský úřad Telč', en: 'Telč Municipal Office' };

/** A full, valid answer of every register (what the fakes cut to the asked items). */
const FULL: { [R in RegisterId]: Required<RegisterData[R]> } = {
  residents: {
    name: { givenName: 'Jan', familyName: 'Novák' },
    birth: { date: '1980-03-14', place: 'Telč' },
    citizenship: { code: '203', name: { cs: 'Česká republika', en: 'Czech Republic' } },
    address: {
      code: '21693145',
      street: 'náměstí Zachariáše z Hradce',
      houseNumber: '10',
      orientationNumber: null,
      district: null,
      municipality: 'Telč',
      postalCode: '58856',
    },
    dataBoxId: 'abc1234',
    photo: null,
    documents: [
      { kind: 'id-card', number: '123456789', issuedOn: '2016-01-05', validUntil: '2026-12-20', issuer: telc },
    ],
  },
  persons: { entries: [] },
  drivers: {
    licence: {
      kind: 'driving-licence',
      number: 'EB123456',
      issuedOn: '2015-06-01',
      validUntil: '2030-06-01',
      issuer: telc,
      categories: ['AM', 'B'],
    },
    points: {
      total: 3,
      events: [{ date: '2025-04-02', offence: { cs: 'Překročení rychlosti', en: 'Speeding' }, points: 3 }],
    },
  },
  cadastre: { properties: [] },
  trade: { ico: null, licences: [] },
  health: { insurer: { code: '111', name: { cs: 'VZP ČR', en: 'VZP ČR' } }, vaccinations: [] },
};

interface Row {
  id: string;
  entry: AccessLogStart;
  outcome: 'pending' | 'ok' | 'failed' | 'refused';
  refusal?: RefusalCode;
}

/** The world around the bus: every port in memory, one event list to see the order of calls. */
function world(resilience: ResilienceOptions = { timeoutMs: 200, retries: 1, breakerThreshold: 5 }) {
  const events: string[] = [];
  const rows: Row[] = [];
  const failing = { start: false, finish: false, refused: false };
  const log: AccessLogPort = {
    async start(entry) {
      events.push('log.start');
      if (failing.start) throw new Error('database down');
      const id = `row-${rows.length + 1}`;
      rows.push({ id, entry, outcome: 'pending' });
      return id;
    },
    async finish(id, outcome) {
      events.push(`log.finish:${outcome}`);
      if (failing.finish) throw new Error('database down');
      const row = rows.find((r) => r.id === id);
      if (row === undefined) throw new Error(`no row ${id}`);
      row.outcome = outcome;
    },
    async refused(entry, refusal) {
      events.push(`log.refused:${refusal}`);
      if (failing.refused) throw new Error('database down');
      rows.push({ id: `row-${rows.length + 1}`, entry, outcome: 'refused', refusal });
    },
  };

  const unknownSubjects = new Set<string>();
  const conversions: { subject: string; agenda: string }[] = [];
  const conversion: ConversionPort = {
    async aifo(subject, agenda) {
      events.push('conversion');
      conversions.push({ subject, agenda });
      if (unknownSubjects.has(subject)) throw new UnknownPersonError('unknown-person');
      return createHash('sha256').update(`${agenda}:${subject}`).digest('base64url').slice(0, 22);
    },
  };

  interface Call {
    aifo: string;
    items: readonly string[];
    signal: AbortSignal;
    context: ReadContext | undefined;
  }
  const calls: Record<RegisterId, Call[]> = Object.fromEntries(REGISTERS.map((r) => [r, []])) as never;
  /** What each register does with a call; by default answers exactly the asked items. */
  const answer: Record<RegisterId, (call: Call) => Promise<unknown>> = Object.fromEntries(
    REGISTERS.map((r) => [
      r,
      async (call: Call) => Object.fromEntries(call.items.map((i) => [i, (FULL[r] as Record<string, unknown>)[i]])),
    ]),
  ) as never;
  const accessAnswer: Record<RegisterId, () => Promise<unknown>> = Object.fromEntries(
    REGISTERS.map((r) => [
      r,
      async () => [
        {
          at: '2026-11-02T09:15:00+01:00',
          authority: { cs: 'Policie ČR', en: 'Police of the Czech Republic' },
          agenda: 'A1046',
          purpose: { cs: 'Silniční kontrola', en: 'Roadside check' },
          items: ['name', 'address'],
        },
      ],
    ]),
  ) as never;
  const registers = Object.fromEntries(
    REGISTERS.map((r) => {
      const port: RegisterPort = {
        read(aifo, items, signal, context) {
          events.push(`register.read:${r}`);
          const call = { aifo, items, signal, context };
          calls[r].push(call);
          return answer[r](call);
        },
        accessRecords() {
          events.push(`register.accessRecords:${r}`);
          return accessAnswer[r]();
        },
      };
      return [r, port];
    }),
  ) as RegisterPorts;

  let agendasAnswer: () => Promise<unknown> = async () => [
    {
      code: 'A121',
      name: { cs: 'Základní registr obyvatel', en: 'Register of residents' },
      holds: [{ cs: 'Jméno a příjmení', en: 'Name and surname' }],
      administrator: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' },
    },
  ];
  const agendas: AgendasPort = {
    agendas: () => agendasAnswer(),
  };

  const bus = createServiceBus({ registers, conversion, agendas, log, resilience });
  return {
    bus,
    events,
    rows,
    failing,
    calls,
    answer,
    accessAnswer,
    conversions,
    unknownSubjects,
    setAgendas: (f: () => Promise<unknown>) => {
      agendasAnswer = f;
    },
  };
}

const portal = (id: 'data' | 'profile' | 'documents' = 'data'): ReaderRef => ({ kind: 'portal', id });
const service = (declared: DataCategory[], consented = true): ReaderRef => ({
  kind: 'service',
  id: 'vitakarta',
  name: { cs: 'Vitakarta', en: 'Vitakarta' },
  declared,
  consented,
});

async function refusal(promise: Promise<unknown>): Promise<BusRefusal> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BusRefusal)) throw new Error(`expected a BusRefusal, got ${String(error)}`);
  return error;
}

const residentsItems = ['name', 'birth', 'citizenship', 'photo', 'dataBoxId', 'documents', 'address'] as const;

describe('service bus: who may read', () => {
  it('lets a portal section read every item of a register, and logs the read as done', async () => {
    const w = world();
    const data = await w.bus.read({
      person: JAN,
      reader: portal(),
      register: 'residents',
      items: residentsItems,
      purpose: 'show-to-citizen',
    });
    expect(data).toEqual(FULL.residents);
    expect(w.rows).toHaveLength(1);
    expect(w.rows[0]).toMatchObject({
      outcome: 'ok',
      entry: {
        personId: JAN.id,
        reader: { kind: 'portal', id: 'data', name: { cs: 'Portál občana – Údaje', en: 'Citizen Portal – Data' } },
        register: 'residents',
        items: [...residentsItems],
        purpose: 'show-to-citizen',
      },
    });
  });

  it('lets a service read the categories it declared, under its own name', async () => {
    const w = world();
    const data = await w.bus.read({
      person: JAN,
      reader: service(['identity', 'address']),
      register: 'residents',
      items: ['name', 'address'],
      purpose: 'prefill-form',
    });
    expect(data).toEqual({ name: FULL.residents.name, address: FULL.residents.address });
    expect(w.rows[0]).toMatchObject({
      outcome: 'ok',
      entry: {
        reader: { kind: 'service', id: 'vitakarta', name: { cs: 'Vitakarta', en: 'Vitakarta' } },
        items: ['name', 'address'],
      },
    });
    expect(w.calls.residents[0]?.context).toEqual({ reader: 'vitakarta', purpose: 'prefill-form' });
  });

  it('refuses an undeclared item with 403, logs it as refused and never asks the register', async () => {
    const w = world();
    const error = await refusal(
      w.bus.read({
        person: JAN,
        reader: service(['identity']),
        register: 'residents',
        items: ['name', 'address'],
        purpose: 'prefill-form',
      }),
    );
    expect(error).toMatchObject({ code: 'undeclared-read', status: 403, register: 'residents' });
    expect(error.message).toBe(
      "Service vitakarta did not declare 'address' (needed for residents.address) in dataReads",
    );
    expect(w.rows).toEqual([expect.objectContaining({ outcome: 'refused', refusal: 'undeclared-read' })]);
    expect(w.rows[0]?.entry.items).toEqual(['name', 'address']);
    expect(w.events).toEqual(['log.refused:undeclared-read']);
  });

  it('refuses a service the citizen has not added with 403, logged as refused', async () => {
    const w = world();
    const error = await refusal(
      w.bus.read({
        person: JAN,
        reader: service(['identity'], false),
        register: 'residents',
        items: ['name'],
        purpose: 'prefill-form',
      }),
    );
    expect(error).toMatchObject({ code: 'service-not-added', status: 403, register: 'residents' });
    expect(error.message).toContain('vitakarta');
    expect(error.message).toContain('residents.name');
    expect(w.rows).toEqual([expect.objectContaining({ outcome: 'refused', refusal: 'service-not-added' })]);
    expect(w.calls.residents).toHaveLength(0);
  });

  it('refuses unknown items, registers and purposes with 400 before anything is logged', async () => {
    const w = world();
    const unknownItem = await refusal(
      w.bus.read({
        person: JAN,
        reader: portal(),
        register: 'residents',
        items: ['name', 'shoeSize' as 'name'],
        purpose: 'show-to-citizen',
      }),
    );
    expect(unknownItem).toMatchObject({ code: 'unknown-item', status: 400 });
    expect(unknownItem.message).toContain("'shoeSize'");
    const none = await refusal(
      w.bus.read({ person: JAN, reader: portal(), register: 'residents', items: [], purpose: 'show-to-citizen' }),
    );
    expect(none).toMatchObject({ code: 'unknown-item', status: 400 });
    const register = await refusal(
      w.bus.read({
        person: JAN,
        reader: portal(),
        register: 'horoscope' as 'residents',
        items: ['name'],
        purpose: 'show-to-citizen',
      }),
    );
    expect(register.message).toContain("'horoscope'");
    const purpose = await refusal(
      w.bus.read({
        person: JAN,
        reader: portal(),
        register: 'residents',
        items: ['name'],
        purpose: 'curiosity' as 'prefill-form',
      }),
    );
    expect(purpose).toMatchObject({ code: 'unknown-item', status: 400 });
    // An undeclared unknown item is still a 400: the request is wrong before it is forbidden.
    await expect(
      w.bus.read({
        person: JAN,
        reader: service([]),
        register: 'residents',
        items: ['x' as 'name'],
        purpose: 'prefill-form',
      }),
    ).rejects.toMatchObject({ status: 400 });
    expect(w.rows).toEqual([]);
    expect(w.events).toEqual([]);
  });

  it('answers a refusal it cannot log as access-log-unavailable', async () => {
    const w = world();
    w.failing.refused = true;
    const error = await refusal(
      w.bus.read({ person: JAN, reader: service([]), register: 'residents', items: ['name'], purpose: 'prefill-form' }),
    );
    expect(error).toMatchObject({ code: 'access-log-unavailable', status: 503 });
  });
});

describe('service bus: the log comes first', () => {
  it('writes the row before the conversion and the register are asked, and finishes it after', async () => {
    const w = world();
    await w.bus.read({
      person: JAN,
      reader: portal(),
      register: 'drivers',
      items: ['points'],
      purpose: 'show-to-citizen',
    });
    expect(w.events).toEqual(['log.start', 'conversion', 'register.read:drivers', 'log.finish:ok']);
  });

  it('does not make a read it cannot log: 503 and the register is never called', async () => {
    const w = world();
    w.failing.start = true;
    const error = await refusal(
      w.bus.read({ person: JAN, reader: portal(), register: 'residents', items: ['name'], purpose: 'show-to-citizen' }),
    );
    expect(error).toMatchObject({ code: 'access-log-unavailable', status: 503, register: 'residents' });
    expect(w.events).toEqual(['log.start']);
    expect(w.calls.residents).toHaveLength(0);
    expect(w.conversions).toHaveLength(0);
  });

  it('does not hand out data whose row cannot be finished', async () => {
    const w = world();
    w.failing.finish = true;
    await expect(
      w.bus.read({ person: JAN, reader: portal(), register: 'residents', items: ['name'], purpose: 'show-to-citizen' }),
    ).rejects.toMatchObject({ code: 'access-log-unavailable', status: 503 });
  });
});

describe('service bus: pseudonymous identifiers', () => {
  it("sends each register the person's identifier in its own agenda, never the portal's subject", async () => {
    const w = world();
    for (const register of REGISTERS) {
      const items = [Object.keys(FULL[register])[0]] as never;
      await w.bus.read({ person: JAN, reader: portal(), register, items, purpose: 'show-to-citizen' });
    }
    expect(w.conversions.map((c) => c.agenda)).toEqual(REGISTERS.map((r) => REGISTER_INFO[r].agenda));
    expect(w.conversions.every((c) => c.subject === JAN.subject)).toBe(true);
    const aifos = REGISTERS.map((r) => w.calls[r][0]?.aifo);
    expect(new Set(aifos).size).toBe(REGISTERS.length);
    for (const [i, register] of REGISTERS.entries()) {
      const expected = createHash('sha256')
        .update(`${REGISTER_INFO[register].agenda}:${JAN.subject}`)
        .digest('base64url')
        .slice(0, 22);
      expect(aifos[i]).toBe(expected);
      expect(JSON.stringify(w.calls[register])).not.toContain(JAN.subject);
      expect(JSON.stringify(w.calls[register])).not.toContain(JAN.id);
    }
  });

  it('logs a read for a person the conversion authority does not know as failed, without opening the breaker', async () => {
    const w = world({ timeoutMs: 200, retries: 0, breakerThreshold: 2 });
    w.unknownSubjects.add(JAN.subject);
    for (let i = 0; i < 3; i++) {
      await expect(
        w.bus.read({
          person: JAN,
          reader: portal(),
          register: 'residents',
          items: ['name'],
          purpose: 'show-to-citizen',
        }),
      ).rejects.toMatchObject({ code: 'register-unavailable', status: 503 });
    }
    expect(w.rows.map((r) => r.outcome)).toEqual(['failed', 'failed', 'failed']);
    expect(w.calls.residents).toHaveLength(0);
    expect(w.bus.breakerStates().residents).toBe('closed');
  });
});

describe('service bus: resilience', () => {
  it('times a slow register out and retries it', async () => {
    const w = world({ timeoutMs: 50, retries: 1 });
    let n = 0;
    w.answer.residents = async (call) => {
      n++;
      if (n === 1) await sleep(3000);
      return { name: FULL.residents.name, ...(call.items.includes('birth') ? { birth: FULL.residents.birth } : {}) };
    };
    const started = Date.now();
    const data = await w.bus.read({
      person: JAN,
      reader: portal(),
      register: 'residents',
      items: ['name'],
      purpose: 'show-to-citizen',
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(data).toEqual({ name: FULL.residents.name });
    expect(w.calls.residents).toHaveLength(2);
    expect(w.calls.residents[0]?.signal.aborted).toBe(true);
    expect(w.rows.map((r) => r.outcome)).toEqual(['ok']);
  });

  it('gives up after the retries: the row says failed and the answer is 503 register-unavailable', async () => {
    const w = world({ timeoutMs: 50, retries: 2 });
    w.answer.drivers = async () => {
      throw new Error('503 from the register');
    };
    const error = await refusal(
      w.bus.read({ person: JAN, reader: portal(), register: 'drivers', items: ['points'], purpose: 'show-to-citizen' }),
    );
    expect(error).toMatchObject({ code: 'register-unavailable', status: 503, register: 'drivers' });
    expect(error.message).toContain('drivers');
    expect(w.calls.drivers).toHaveLength(3);
    expect(w.rows.map((r) => r.outcome)).toEqual(['failed']);
  });

  it('opens a register’s breaker after consecutive failures, refuses at once, then lets a test call through', async () => {
    const w = world({ timeoutMs: 100, retries: 0, breakerThreshold: 3, breakerHalfOpenAfterMs: 150 });
    let down = true;
    w.answer.health = async () => {
      if (down) throw new Error('connection refused');
      return { insurer: FULL.health.insurer };
    };
    const readHealth = () =>
      w.bus.read({ person: JAN, reader: portal(), register: 'health', items: ['insurer'], purpose: 'show-to-citizen' });
    for (let i = 0; i < 3; i++) await expect(readHealth()).rejects.toMatchObject({ code: 'register-unavailable' });
    expect(w.calls.health).toHaveLength(3);
    expect(w.bus.breakerStates()).toMatchObject({ health: 'open', residents: 'closed' });

    const error = await refusal(readHealth());
    expect(error).toMatchObject({ code: 'register-unavailable', status: 503, register: 'health' });
    expect(error.message).toContain('circuit breaker');
    expect(w.calls.health).toHaveLength(3);
    // Refused by the breaker is still a read attempt, and the citizen sees it.
    expect(w.rows.map((r) => r.outcome)).toEqual(['failed', 'failed', 'failed', 'failed']);
    // Other registers are not affected.
    await w.bus.read({
      person: JAN,
      reader: portal(),
      register: 'residents',
      items: ['name'],
      purpose: 'show-to-citizen',
    });

    await sleep(170);
    expect(w.bus.breakerStates().health).toBe('half-open');
    // A test call that fails opens it again.
    await expect(readHealth()).rejects.toMatchObject({ code: 'register-unavailable' });
    expect(w.calls.health).toHaveLength(4);
    expect(w.bus.breakerStates().health).toBe('open');

    await sleep(170);
    down = false;
    expect(await readHealth()).toEqual({ insurer: FULL.health.insurer });
    expect(w.calls.health).toHaveLength(5);
    expect(w.bus.breakerStates().health).toBe('closed');
  });

  it('reports half-open while the test call runs', async () => {
    const w = world({ timeoutMs: 300, retries: 0, breakerThreshold: 1, breakerHalfOpenAfterMs: 50 });
    w.answer.trade = async () => {
      throw new Error('down');
    };
    const readTrade = () =>
      w.bus.read({ person: JAN, reader: portal(), register: 'trade', items: ['ico'], purpose: 'show-to-citizen' });
    await expect(readTrade()).rejects.toBeInstanceOf(BusRefusal);
    expect(w.bus.breakerStates().trade).toBe('open');
    await sleep(70);
    let answer = (_: unknown) => {};
    w.answer.trade = () =>
      new Promise((resolve) => {
        answer = resolve;
      });
    const pending = readTrade();
    await expect.poll(() => w.calls.trade.length).toBe(2);
    expect(w.bus.breakerStates().trade).toBe('half-open');
    answer({ ico: null });
    expect(await pending).toEqual({ ico: null });
    expect(w.bus.breakerStates().trade).toBe('closed');
  });
});

describe('service bus: the answer is checked', () => {
  it('answers an invalid register answer with 503, logs it failed and does not retry it', async () => {
    const w = world({ timeoutMs: 100, retries: 2 });
    w.answer.residents = async () => ({ address: { ...FULL.residents.address, postalCode: '588 56' } });
    const error = await refusal(
      w.bus.read({
        person: JAN,
        reader: portal(),
        register: 'residents',
        items: ['address'],
        purpose: 'show-to-citizen',
      }),
    );
    expect(error).toMatchObject({ code: 'register-unavailable', status: 503 });
    expect(error.message).toContain('address.postalCode');
    // The value itself is personal data and stays out of the message.
    expect(error.message).not.toContain('588 56');
    expect(w.calls.residents).toHaveLength(1);
    expect(w.rows.map((r) => r.outcome)).toEqual(['failed']);
  });

  it('treats an asked item missing from the answer as invalid', async () => {
    const w = world();
    w.answer.residents = async () => ({ name: FULL.residents.name });
    await expect(
      w.bus.read({
        person: JAN,
        reader: portal(),
        register: 'residents',
        items: ['name', 'birth'],
        purpose: 'show-to-citizen',
      }),
    ).rejects.toMatchObject({ code: 'register-unavailable' });
    expect(w.rows.map((r) => r.outcome)).toEqual(['failed']);
  });

  it('keeps only the asked items, also when the register sends more', async () => {
    const w = world();
    w.answer.residents = async () => ({
      ...FULL.residents,
      name: { ...FULL.residents.name, secret: 'x' },
      religion: 'none',
    });
    const data = await w.bus.read({
      person: JAN,
      reader: service(['identity']),
      register: 'residents',
      items: ['name'],
      purpose: 'prefill-form',
    });
    expect(data).toEqual({ name: FULL.residents.name });
    expect(Object.keys(data)).toEqual(['name']);
  });
});

describe('service bus: records and agendas', () => {
  it("fetches a register's own records of outside reads, validated and not logged", async () => {
    const w = world();
    const records = await w.bus.accessRecords(JAN, 'drivers');
    expect(records).toHaveLength(1);
    expect(records[0]?.agenda).toBe('A1046');
    expect(w.rows).toEqual([]);
    expect(w.events).toEqual(['conversion', 'register.accessRecords:drivers']);

    w.accessAnswer.drivers = async () => [{ at: 'yesterday' }];
    await expect(w.bus.accessRecords(JAN, 'drivers')).rejects.toMatchObject({
      code: 'register-unavailable',
      register: 'drivers',
    });
    w.accessAnswer.drivers = async () => {
      throw new Error('down');
    };
    await expect(w.bus.accessRecords(JAN, 'drivers')).rejects.toMatchObject({ status: 503 });
    await expect(w.bus.accessRecords(JAN, 'horoscope' as RegisterId)).rejects.toMatchObject({ status: 400 });
    expect(w.rows).toEqual([]);
  });

  it('fetches the agendas that hold data about the person, validated', async () => {
    const w = world();
    const agendas = await w.bus.agendas(JAN);
    expect(agendas.map((a) => a.code)).toEqual(['A121']);
    w.setAgendas(async () => [{ code: 'not-a-code' }]);
    await expect(w.bus.agendas(JAN)).rejects.toMatchObject({ code: 'register-unavailable', status: 503 });
    expect(w.rows).toEqual([]);
  });
});
