import { REGISTER_INFO, REGISTER_ITEMS, REGISTERS, type RegisterId } from '@czp/contract';
import {
  agendaRecordsSchema,
  conversionAnswerSchema,
  registerAccessRecordsSchema,
  registerDataSchemas,
} from '@czp/contract/api-schemas';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, type Seed } from './seed.js';
import { type DevRegisters, startDevRegisters } from './server.js';

const JAN = '5f0c7a3e-8d1b-4c2a-9e6f-1a2b3c4d5e01';
const EVA = 'b7e2d9c4-3f6a-4e8b-a1d5-6c7e8f9a0b02';
const PETR = '2a9d4e6f-7b8c-4d1e-b2f3-4a5b6c7d8e03';
const NOW = new Date('2026-12-03T08:50:00Z');
const READ_HEADERS = { 'x-reader': 'data', 'x-purpose': 'show-to-citizen' };

let registers: DevRegisters;
const logged: string[] = [];

beforeAll(async () => {
  registers = await startDevRegisters({ port: 0, now: () => NOW, log: (message) => logged.push(message) });
});
afterAll(() => registers.close());
afterEach(async () => {
  await fetch(`${registers.url}/_control`, { method: 'DELETE' });
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${registers.url}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

async function aifo(subject: string, register: RegisterId): Promise<string> {
  const answer = await call('POST', '/conversion/aifo', { subject, agenda: REGISTER_INFO[register].agenda });
  expect(answer.status).toBe(200);
  return conversionAnswerSchema.parse(answer.body).aifo;
}

function read(register: RegisterId, id: string, items: readonly string[], headers = READ_HEADERS) {
  return call('GET', `/registers/${register}/${encodeURIComponent(id)}?items=${items.join(',')}`, undefined, headers);
}

describe('the development register server', () => {
  it('listens on a free port and says it is for development only', () => {
    expect(registers.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(registers.url).not.toMatch(/:0$/);
    expect(logged.join('\n')).toMatch(/never use it in production/);
  });

  it("answers every seeded person's every register, with every item, as the contract's schemas say", async () => {
    for (const subject of [JAN, EVA, PETR]) {
      for (const register of REGISTERS) {
        const items = Object.keys(REGISTER_ITEMS[register]);
        const answer = await read(register, await aifo(subject, register), items);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('cache-control')).toBe('no-store');
        const data = registerDataSchemas[register].parse(answer.body);
        expect(Object.keys(data).sort()).toEqual([...items].sort());
      }
    }
  });

  it('answers only the asked items', async () => {
    const answer = await read('residents', await aifo(JAN, 'residents'), ['address', 'dataBoxId']);
    expect(answer.body).toEqual({
      address: expect.objectContaining({ municipality: 'Telč', code: expect.stringMatching(/^\d+$/) }),
      dataBoxId: expect.stringMatching(/^[a-z0-9]{7}$/),
    });
  });

  it('resolves relative dates against the given clock: the ID card expires in three weeks from now()', async () => {
    const answer = await read('residents', await aifo(JAN, 'residents'), ['documents']);
    const card = answer.body.documents.find((d: { kind: string }) => d.kind === 'id-card');
    expect(card.validUntil).toBe('2026-12-24');
    const records = await call(
      'GET',
      `/registers/residents/${encodeURIComponent(await aifo(JAN, 'residents'))}/access-records`,
    );
    expect(records.body[0].at).toBe('2026-11-30T03:50:00Z');
  });

  it('gives a person a different identifier in every register, and each register knows only its own', async () => {
    const ids = await Promise.all(REGISTERS.map((register) => aifo(JAN, register)));
    expect(new Set(ids).size).toBe(REGISTERS.length);
    expect(await aifo(EVA, 'residents')).not.toBe(ids[0]);
    const residentsId = ids[0] as string;
    expect((await read('drivers', residentsId, ['points'])).status).toBe(404);
    expect((await read('drivers', residentsId, ['points'])).body.error).toBe('unknown-person');
  });

  it("answers a register's own record of outside reads, newest first", async () => {
    for (const subject of [JAN, EVA, PETR]) {
      for (const register of REGISTERS) {
        const id = encodeURIComponent(await aifo(subject, register));
        const answer = await call('GET', `/registers/${register}/${id}/access-records`);
        expect(answer.status).toBe(200);
        registerAccessRecordsSchema.parse(answer.body);
      }
    }
    const jan = await call(
      'GET',
      `/registers/residents/${encodeURIComponent(await aifo(JAN, 'residents'))}/access-records`,
    );
    const times = jan.body.map((record: { at: string }) => Date.parse(record.at));
    expect(times.length).toBeGreaterThan(1);
    expect(times).toEqual([...times].sort((a: number, b: number) => b - a));
    expect(jan.body[0]).toMatchObject({
      authority: { cs: 'Policie České republiky' },
      agenda: expect.stringMatching(/^A\d+$/),
    });
    expect((await call('GET', '/registers/residents/unknownAifo123/access-records')).status).toBe(404);
  });

  it('says where the state keeps the data of a person (RPP agendas)', async () => {
    const jan = await call('POST', '/rpp/agendas', { subject: JAN });
    expect(jan.status).toBe(200);
    const agendas = agendaRecordsSchema.parse(jan.body);
    expect(agendas.map((agenda) => agenda.code)).toEqual(expect.arrayContaining(['A121', 'A34', 'A6', 'A1', 'A1086']));
    const eva = agendaRecordsSchema.parse((await call('POST', '/rpp/agendas', { subject: EVA })).body);
    expect(eva.map((agenda) => agenda.code)).not.toContain('A1');
    expect(await call('POST', '/rpp/agendas', { subject: 'nobody' })).toMatchObject({
      status: 404,
      body: { error: 'unknown-person' },
    });
    expect(await call('POST', '/rpp/agendas', {})).toMatchObject({ status: 400, body: { field: 'subject' } });
  });

  describe('bad input', () => {
    it('refuses a conversion without subject or with a wrong agenda, naming the field; an unknown person is 404', async () => {
      expect(await call('POST', '/conversion/aifo', { agenda: 'A121' })).toMatchObject({
        status: 400,
        body: { error: 'bad-request', field: 'subject' },
      });
      expect(await call('POST', '/conversion/aifo', { subject: JAN })).toMatchObject({
        status: 400,
        body: { field: 'agenda' },
      });
      expect(await call('POST', '/conversion/aifo', { subject: JAN, agenda: 'residents' })).toMatchObject({
        status: 400,
        body: { field: 'agenda' },
      });
      expect(await call('POST', '/conversion/aifo', { subject: JAN, agenda: 'A999' })).toMatchObject({
        status: 400,
        body: { field: 'agenda' },
      });
      expect(await call('POST', '/conversion/aifo', { subject: 42, agenda: 'A121' })).toMatchObject({
        status: 400,
        body: { field: 'subject' },
      });
      expect(await call('POST', '/conversion/aifo', 'not json')).toMatchObject({
        status: 400,
        body: { field: 'body' },
      });
      expect(await call('POST', '/conversion/aifo', { subject: 'someone-else', agenda: 'A121' })).toMatchObject({
        status: 404,
        body: { error: 'unknown-person' },
      });
    });

    it('refuses a read with a missing or unknown item, or without reader or purpose, naming the field', async () => {
      const id = await aifo(JAN, 'residents');
      const noItems = await call('GET', `/registers/residents/${encodeURIComponent(id)}`, undefined, READ_HEADERS);
      expect(noItems).toMatchObject({ status: 400, body: { field: 'items' } });
      const unknown = await read('residents', id, ['address', 'shoeSize']);
      expect(unknown).toMatchObject({ status: 400, body: { field: 'items' } });
      expect(unknown.body.message).toContain('shoeSize');
      expect(await read('residents', id, ['points'])).toMatchObject({ status: 400, body: { field: 'items' } });
      expect(
        await read('residents', id, ['address'], { 'x-purpose': 'show-to-citizen' } as typeof READ_HEADERS),
      ).toMatchObject({
        status: 400,
        body: { field: 'x-reader' },
      });
      expect(await read('residents', id, ['address'], { 'x-reader': 'data', 'x-purpose': 'curiosity' })).toMatchObject({
        status: 400,
        body: { field: 'x-purpose' },
      });
    });

    it('answers 404 for an unknown AIFO, register or endpoint, and 405 for a wrong method', async () => {
      expect(await read('residents', 'AAAAAAAAAAAAAAAAAAAAAA==', ['address'])).toMatchObject({
        status: 404,
        body: { error: 'unknown-person' },
      });
      expect(await read('weather' as RegisterId, 'AAAAAAAAAAAAAAAAAAAAAA==', ['address'])).toMatchObject({
        status: 404,
        body: { error: 'unknown-register' },
      });
      expect(await call('GET', '/nothing/here')).toMatchObject({ status: 404, body: { error: 'not-found' } });
      const wrong = await call('GET', '/conversion/aifo');
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('POST');
    });
  });

  describe('development controls', () => {
    it('reports every register ok, then the modes set', async () => {
      expect((await call('GET', '/_control')).body).toEqual({
        registers: Object.fromEntries(REGISTERS.map((register) => [register, 'ok'])),
      });
      expect((await call('PUT', '/_control/registers/drivers', { mode: 'fail' })).status).toBe(204);
      expect((await call('GET', '/_control')).body.registers).toMatchObject({ drivers: 'fail', residents: 'ok' });
    });

    it('makes one register fail with 503 while the others answer; DELETE /_control restores it', async () => {
      await call('PUT', '/_control/registers/drivers', { mode: 'fail' });
      const drivers = await read('drivers', await aifo(JAN, 'drivers'), ['points']);
      expect(drivers.status).toBe(503);
      expect(drivers.body.error).toBe('unavailable');
      const records = await call(
        'GET',
        `/registers/drivers/${encodeURIComponent(await aifo(JAN, 'drivers'))}/access-records`,
      );
      expect(records.status).toBe(503);
      expect((await read('residents', await aifo(JAN, 'residents'), ['name'])).status).toBe(200);
      expect((await call('DELETE', '/_control')).status).toBe(204);
      expect((await read('drivers', await aifo(JAN, 'drivers'), ['points'])).status).toBe(200);
    });

    it('makes one register slow by delayMs; mode ok makes it fast again', async () => {
      await call('PUT', '/_control/registers/cadastre', { mode: 'slow', delayMs: 300 });
      const id = await aifo(PETR, 'cadastre');
      let started = Date.now();
      const slow = await read('cadastre', id, ['properties']);
      expect(slow.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      started = Date.now();
      expect((await read('health', await aifo(PETR, 'health'), ['insurer'])).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(250);
      await call('PUT', '/_control/registers/cadastre', { mode: 'ok' });
      started = Date.now();
      expect((await read('cadastre', id, ['properties'])).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(250);
    });

    it('lets a caller that gives up go (its time-out ends the wait)', async () => {
      await call('PUT', '/_control/registers/health', { mode: 'slow' });
      const id = encodeURIComponent(await aifo(EVA, 'health'));
      const attempt = fetch(`${registers.url}/registers/health/${id}?items=insurer`, {
        headers: READ_HEADERS,
        signal: AbortSignal.timeout(100),
      });
      await expect(attempt).rejects.toThrow();
    });

    it('refuses a wrong mode, delay or register, naming the field', async () => {
      expect(await call('PUT', '/_control/registers/drivers', { mode: 'broken' })).toMatchObject({
        status: 400,
        body: { field: 'mode' },
      });
      expect(await call('PUT', '/_control/registers/drivers', { mode: 'slow', delayMs: -5 })).toMatchObject({
        status: 400,
        body: { field: 'delayMs' },
      });
      expect(await call('PUT', '/_control/registers/drivers', { mode: 'slow', delayMs: '10' })).toMatchObject({
        status: 400,
        body: { field: 'delayMs' },
      });
      expect((await call('PUT', '/_control/registers/weather', { mode: 'ok' })).status).toBe(404);
      expect((await call('GET', '/_control')).body.registers.drivers).toBe('ok');
    });
  });
});

describe('starting and closing', () => {
  it('closes at once even with a slow answer pending (default delay 10 s)', async () => {
    const server = await startDevRegisters({ port: 0, log: () => {} });
    await fetch(`${server.url}/_control/registers/residents`, {
      method: 'PUT',
      body: JSON.stringify({ mode: 'slow' }),
    });
    const conversion = await fetch(`${server.url}/conversion/aifo`, {
      method: 'POST',
      body: JSON.stringify({ subject: JAN, agenda: 'A121' }),
    });
    const { aifo: id } = (await conversion.json()) as { aifo: string };
    const pending = fetch(`${server.url}/registers/residents/${encodeURIComponent(id)}?items=name`, {
      headers: READ_HEADERS,
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('refuses to start on a seed the contract does not accept', async () => {
    const seed: Seed = structuredClone(DEFAULT_SEED);
    (seed.people[0] as Seed['people'][number]).registers.residents.dataBoxId = 'NOT-A-BOX';
    await expect(startDevRegisters({ port: 0, seed, log: () => {} })).rejects.toThrow(
      /the seed is wrong[\s\S]*residents/,
    );
  });

  it('serves another seed when given one', async () => {
    const seed: Seed = structuredClone(DEFAULT_SEED);
    seed.people = seed.people.filter((person) => person.subject === EVA);
    const server = await startDevRegisters({ port: 0, seed, host: '127.0.0.1', log: () => {} });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const unknown = await fetch(`${server.url}/conversion/aifo`, {
        method: 'POST',
        body: JSON.stringify({ subject: JAN, agenda: 'A121' }),
      });
      expect(unknown.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
