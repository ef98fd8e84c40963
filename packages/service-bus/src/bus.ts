/**
 * The service bus: the one way the platform reads a citizen's register data. A read is checked (known items, the
 * reader's right and the citizen's consent), logged before the register is asked (a read that cannot be logged is
 * not made), sent to the register under the person's own identifier in that register's agenda, made resilient
 * (time-out, retry, circuit breaker per register) and validated against the contract before it is returned.
 */
import {
  PORTAL_READERS,
  READ_PURPOSES,
  REGISTER_INFO,
  REGISTER_ITEMS,
  REGISTERS,
  type RegisterData,
  type RegisterId,
  type RegisterItem,
} from '@czp/contract';
import { agendaRecordsSchema, registerAccessRecordsSchema, registerDataSchemas } from '@czp/contract/api-schemas';
import { BrokenCircuitError, TaskCancelledError } from 'cockatiel';
import type { z } from 'zod';
import { BusRefusal, InvalidAnswerError, UnknownPersonError } from './errors.js';
import { RESILIENCE_DEFAULTS, type Resilient, resilient } from './resilience.js';
import type {
  AccessLogStart,
  PersonRef,
  ReaderRef,
  ReadRequest,
  RefusalCode,
  ServiceBus,
  ServiceBusOptions,
} from './types.js';

export function createServiceBus(options: ServiceBusOptions): ServiceBus {
  const { registers, conversion, agendas, log } = options;
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.resilience?.timeoutMs ?? RESILIENCE_DEFAULTS.timeoutMs;
  const breakers = Object.fromEntries(REGISTERS.map((r) => [r, resilient(options.resilience)])) as Record<
    RegisterId,
    Resilient
  >;
  // The conversion authority and the register of rights and obligations are parties of their own: their failures
  // must not open a register's breaker.
  const conversionBreaker = resilient(options.resilience);
  const agendasBreaker = resilient(options.resilience);

  async function aifoFor(person: PersonRef, register: RegisterId): Promise<string> {
    const agenda = REGISTER_INFO[register].agenda;
    return conversionBreaker.execute((signal) => conversion.aifo(person.subject, agenda, signal));
  }

  async function refuse(entry: AccessLogStart, code: RefusalCode, message: string): Promise<never> {
    try {
      await log.refused(entry, code);
    } catch (cause) {
      // Even a refusal is never answered unlogged: the citizen must see that the reader tried.
      throw new BusRefusal('access-log-unavailable', `${message}; the refusal could not be logged`, {
        register: entry.register,
        cause,
      });
    }
    throw new BusRefusal(code, message, { register: entry.register });
  }

  async function read<R extends RegisterId>(request: ReadRequest<R>): Promise<RegisterData[R]> {
    const { person, reader, register, purpose } = request;
    const items = knownItems(register, request.items);
    if (!Object.hasOwn(READ_PURPOSES, purpose)) {
      throw new BusRefusal(
        'unknown-item',
        `Unknown purpose '${purpose}' (known: ${Object.keys(READ_PURPOSES).join(', ')})`,
        {
          register,
        },
      );
    }
    const entry: AccessLogStart = {
      personId: person.id,
      at: now(),
      reader: logReader(reader),
      register,
      items,
      purpose,
    };

    if (reader.kind === 'service') {
      const categories = REGISTER_ITEMS[register] as Record<string, string>;
      const undeclared = items.filter(
        (item) => !(reader.declared as readonly string[]).includes(categories[item] ?? ''),
      );
      if (undeclared.length > 0) {
        const missing = [...new Set(undeclared.map((item) => categories[item]))].map((c) => `'${c}'`).join(', ');
        const needed = undeclared.map((item) => `${register}.${item}`).join(', ');
        await refuse(
          entry,
          'undeclared-read',
          `Service ${reader.id} did not declare ${missing} (needed for ${needed}) in dataReads`,
        );
      }
      if (!reader.consented) {
        await refuse(
          entry,
          'service-not-added',
          `Service ${reader.id} was not added by the citizen, so it may not read ${items.map((i) => `${register}.${i}`).join(', ')}`,
        );
      }
    }

    let logId: string;
    try {
      logId = await log.start(entry);
    } catch (cause) {
      throw new BusRefusal(
        'access-log-unavailable',
        `The read of ${register} was not made: the access log is unavailable`,
        {
          register,
          cause,
        },
      );
    }

    let data: RegisterData[R];
    try {
      const aifo = await aifoFor(person, register);
      const schema = answerSchema(register, items);
      const port = registers[register];
      const context = { reader: reader.id, purpose };
      data = (await breakers[register].execute(async (signal) => {
        const answer = await port.read(aifo, items, signal, context);
        const parsed = schema.safeParse(answer);
        if (!parsed.success) throw new InvalidAnswerError(invalidAnswer(register, parsed.error));
        return parsed.data;
      })) as RegisterData[R];
    } catch (cause) {
      // The row says the read failed; if even that cannot be written the row stays pending, which still shows it.
      await log.finish(logId, 'failed', now()).catch(() => undefined);
      throw unavailable(register, cause, timeoutMs);
    }

    try {
      await log.finish(logId, 'ok', now());
    } catch (cause) {
      throw new BusRefusal('access-log-unavailable', `The read of ${register} could not be logged as done`, {
        register,
        cause,
      });
    }
    return data;
  }

  async function accessRecords(person: PersonRef, register: RegisterId) {
    knownRegister(register);
    try {
      const aifo = await aifoFor(person, register);
      return await breakers[register].execute(async (signal) => {
        const parsed = registerAccessRecordsSchema.safeParse(await registers[register].accessRecords(aifo, signal));
        if (!parsed.success) throw new InvalidAnswerError(invalidAnswer(register, parsed.error));
        return parsed.data;
      });
    } catch (cause) {
      throw unavailable(register, cause, timeoutMs);
    }
  }

  async function agendaRecords(person: PersonRef) {
    try {
      return await agendasBreaker.execute(async (signal) => {
        const parsed = agendaRecordsSchema.safeParse(await agendas.agendas(person.subject, signal));
        if (!parsed.success) throw new InvalidAnswerError(invalidAnswer('rpp', parsed.error));
        return parsed.data;
      });
    } catch (cause) {
      throw new BusRefusal(
        'register-unavailable',
        `The register of rights and obligations is unavailable: ${reason(cause, timeoutMs)}`,
        { cause },
      );
    }
  }

  return {
    read,
    accessRecords,
    agendas: agendaRecords,
    breakerStates: () =>
      Object.fromEntries(REGISTERS.map((r) => [r, breakers[r].state()])) as ReturnType<ServiceBus['breakerStates']>,
  };
}

function knownRegister(register: string): asserts register is RegisterId {
  if (!(REGISTERS as readonly string[]).includes(register)) {
    throw new BusRefusal('unknown-item', `Unknown register '${register}' (known: ${REGISTERS.join(', ')})`);
  }
}

/** The asked items, each once, all of them items of the register (the caller's order kept). */
function knownItems<R extends RegisterId>(register: R, asked: readonly string[]): RegisterItem<R>[] {
  knownRegister(register);
  const known = Object.keys(REGISTER_ITEMS[register]);
  const items = [...new Set(asked)];
  if (items.length === 0) {
    throw new BusRefusal('unknown-item', `A read of ${register} must ask for at least one item (${known.join(', ')})`, {
      register,
    });
  }
  const unknown = items.filter((item) => !known.includes(item));
  if (unknown.length > 0) {
    throw new BusRefusal(
      'unknown-item',
      `Register ${register} has no item ${unknown.map((i) => `'${i}'`).join(', ')} (known: ${known.join(', ')})`,
      { register },
    );
  }
  return items as RegisterItem<R>[];
}

function logReader(reader: ReaderRef): AccessLogStart['reader'] {
  if (reader.kind === 'service') return { kind: 'service', id: reader.id, name: reader.name };
  const name = PORTAL_READERS[reader.id];
  if (name === undefined) throw new BusRefusal('unknown-item', `Unknown portal reader '${String(reader.id)}'`);
  return { kind: 'portal', id: reader.id, name };
}

const schemaCache = new Map<string, z.ZodType>();

/**
 * The register's schema cut to the asked items, each of them required: the register was asked for them, and
 * anything else it sends is dropped (a zod object strips unknown keys), so no reader gets more than it asked for.
 */
function answerSchema(register: RegisterId, items: readonly string[]): z.ZodType {
  const key = `${register}:${[...items].sort().join(',')}`;
  let schema = schemaCache.get(key);
  if (schema === undefined) {
    const full = registerDataSchemas[register] as unknown as z.ZodObject;
    // The mask's keys are checked by knownItems; zod's mask type cannot see that.
    schema = full.pick(Object.fromEntries(items.map((item) => [item, true])) as never).required();
    schemaCache.set(key, schema);
  }
  return schema;
}

/** Where the answer is wrong, never the values (they are personal data and this goes to the logs). */
function invalidAnswer(party: string, error: z.ZodError): string {
  const where = [...new Set(error.issues.map((issue) => issue.path.join('.') || '(the answer)'))].slice(0, 5);
  return `${party} answered data that does not match the contract at ${where.join(', ')}`;
}

function reason(cause: unknown, timeoutMs: number): string {
  if (cause instanceof BrokenCircuitError) return 'its circuit breaker is open after repeated failures';
  if (cause instanceof TaskCancelledError) return `it did not answer within ${timeoutMs} ms`;
  if (cause instanceof UnknownPersonError) return `the person is not known (${cause.message})`;
  if (cause instanceof Error) return cause.message;
  return String(cause);
}

function unavailable(register: RegisterId, cause: unknown, timeoutMs: number): BusRefusal {
  return new BusRefusal('register-unavailable', `Register ${register} is unavailable: ${reason(cause, timeoutMs)}`, {
    register,
    cause,
  });
}
