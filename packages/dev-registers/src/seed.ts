/**
 * The development registers' data: seed.json (imported as JSON so the server's bundle carries it), its shape, the
 * check that it says what the contract's schemas accept, and the answers the HTTP layer sends.
 */
import {
  type AgendaRecord,
  type LocalizedText,
  REGISTER_INFO,
  REGISTER_ITEMS,
  REGISTERS,
  type RegisterAccessRecord,
  type RegisterId,
} from '@czp/contract';
import { agendaRecordSchema, registerAccessRecordsSchema, registerDataSchemas } from '@czp/contract/api-schemas';
import { resolveRelative } from './relative-dates.js';
import seedJson from './seed.json' with { type: 'json' };

/** An agenda of the register of rights and obligations (RPP), by its code in `Seed.agendas`. */
export interface SeedAgenda {
  name: LocalizedText;
  holds: LocalizedText[];
  administrator: LocalizedText;
}

/**
 * One person as the registers know them. Register data and access records may hold relative dates (relative-dates.ts);
 * they are checked against the contract's schemas when the server starts, not typed here.
 */
export interface SeedPerson {
  /** The identity provider's pseudonym (the conversion authority's input). */
  subject: string;
  /** For people reading the seed and the logs. */
  name: string;
  /** The person's own identifier (AIFO) per agenda code: the registers' agendas (REGISTER_INFO[r].agenda) at least. */
  aifo: Record<string, string>;
  /** Codes of the agendas (in `Seed.agendas`) that hold data about the person. */
  agendas: string[];
  registers: Record<RegisterId, Record<string, unknown>>;
  /** Each register's own record of reads by outside authorities (a register not listed has none). */
  accessRecords: Partial<Record<RegisterId, readonly unknown[]>>;
}

export interface Seed {
  agendas: Record<string, SeedAgenda>;
  people: SeedPerson[];
}

/** The bundled seed (seed.json). */
export const DEFAULT_SEED: Seed = seedJson;

/** Looks people up by subject and by a register's AIFO; built once per server from a checked seed. */
export interface SeedIndex {
  bySubject(subject: string): SeedPerson | undefined;
  byAifo(register: RegisterId, aifo: string): SeedPerson | undefined;
  /** The agenda codes the conversion authority converts for (the registers' agendas). */
  agendaCodes: readonly string[];
}

export function indexSeed(seed: Seed): SeedIndex {
  const subjects = new Map(seed.people.map((person) => [person.subject, person]));
  const aifos = new Map<string, SeedPerson>();
  for (const person of seed.people) {
    for (const register of REGISTERS) {
      const aifo = person.aifo[REGISTER_INFO[register].agenda];
      if (aifo) aifos.set(`${register}\n${aifo}`, person);
    }
  }
  return {
    bySubject: (subject) => subjects.get(subject),
    byAifo: (register, aifo) => aifos.get(`${register}\n${aifo}`),
    agendaCodes: REGISTERS.map((register) => REGISTER_INFO[register].agenda),
  };
}

/**
 * Everything wrong with the seed on this day (empty when it is right): every register answer and access record must
 * parse with the contract's schemas once resolved, every register's agenda needs an AIFO, no AIFO may repeat (a
 * person is a different id in every agenda), and every listed agenda must be described.
 */
export function seedProblems(seed: Seed, now: Date): string[] {
  const problems: string[] = [];
  const seenAifos = new Map<string, string>();
  const seenSubjects = new Set<string>();
  for (const person of seed.people) {
    const who = person.name || person.subject;
    if (seenSubjects.has(person.subject)) problems.push(`${who}: the subject ${person.subject} is there twice`);
    seenSubjects.add(person.subject);
    for (const [agenda, aifo] of Object.entries(person.aifo)) {
      const other = seenAifos.get(aifo);
      if (other) problems.push(`${who}: the AIFO of ${agenda} is also ${other}'s`);
      seenAifos.set(aifo, `${who} ${agenda}`);
    }
    for (const register of REGISTERS) {
      const agenda = REGISTER_INFO[register].agenda;
      if (!person.aifo[agenda]) problems.push(`${who}: no AIFO for ${agenda} (${register})`);
      const data = person.registers[register];
      if (!data) {
        problems.push(`${who}: no ${register} data`);
        continue;
      }
      const known: readonly string[] = Object.keys(REGISTER_ITEMS[register]);
      for (const item of Object.keys(data)) {
        if (!known.includes(item)) problems.push(`${who}: ${register} has no item ${item}`);
      }
      const parsed = registerDataSchemas[register].safeParse(resolveRelative(data, now));
      if (!parsed.success) problems.push(`${who}: ${register}: ${parsed.error.message}`);
      const records = registerAccessRecordsSchema.safeParse(resolveRelative(person.accessRecords[register] ?? [], now));
      if (!records.success) problems.push(`${who}: access records of ${register}: ${records.error.message}`);
    }
    for (const code of person.agendas) {
      if (!seed.agendas[code]) problems.push(`${who}: agenda ${code} is not described in agendas`);
    }
  }
  for (const [code, agenda] of Object.entries(seed.agendas)) {
    const parsed = agendaRecordSchema.safeParse({ code, ...agenda });
    if (!parsed.success) problems.push(`agenda ${code}: ${parsed.error.message}`);
  }
  return problems;
}

/** The asked items of one register's data about the person, dates resolved against `now`. */
export function registerAnswer(
  person: SeedPerson,
  register: RegisterId,
  items: readonly string[],
  now: Date,
): Record<string, unknown> {
  const data = person.registers[register];
  const picked = Object.fromEntries(items.filter((item) => item in data).map((item) => [item, data[item]]));
  return resolveRelative(picked, now);
}

/** The register's own record of outside reads of the person, newest first. */
export function accessRecordsAnswer(person: SeedPerson, register: RegisterId, now: Date): RegisterAccessRecord[] {
  const records = resolveRelative(person.accessRecords[register] ?? [], now) as RegisterAccessRecord[];
  return [...records].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** Where the state keeps the person's data: the agendas that hold it, as the RPP describes them. */
export function agendasAnswer(seed: Seed, person: SeedPerson): AgendaRecord[] {
  return person.agendas.flatMap((code) => {
    const agenda = seed.agendas[code];
    return agenda ? [{ code, ...agenda }] : [];
  });
}
