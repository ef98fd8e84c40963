import { createHash } from 'node:crypto';
import { REGISTER_INFO, REGISTERS, type RegisterData, type RegisterId } from '@czp/contract';
import type { RegisterPorts } from '@czp/service-bus';
import type { RegistersGateway } from './gateway.js';

/** What a fake register was asked: by which identifier, for which items, by whom. */
interface FakeRegisterCall {
  register: RegisterId;
  aifo: string;
  items: string[];
  reader: string | undefined;
}

/**
 * An in-process gateway for tests (fast, no development server): the conversion authority derives a different AIFO
 * per agenda, each register answers fixed data for any person with only the asked items, records what it was asked,
 * and fails (throws) while it is in `failing`.
 */
export interface FakeGateway extends RegistersGateway {
  calls: FakeRegisterCall[];
  conversions: { subject: string; agenda: string; aifo: string }[];
  failing: Set<RegisterId>;
  /** Runs when a register is asked, before it answers (a test looks at the database meanwhile). */
  beforeAnswer: ((call: FakeRegisterCall) => Promise<void>) | null;
}

/** The AIFO of a subject in an agenda: a hash, so never the same in two agendas and never the subject itself. */
function fakeAifo(subject: string, agenda: string): string {
  return createHash('sha256').update(`${agenda}\0${subject}`).digest('base64url').slice(0, 24);
}

const ADDRESS = {
  code: '21785291',
  street: 'Náměstí Zachariáše z Hradce',
  houseNumber: '12',
  orientationNumber: null,
  district: null,
  municipality: 'Telč',
  postalCode: '58856',
};

const FAKE_REGISTER_DATA: { [R in RegisterId]: Required<RegisterData[R]> } = {
  residents: {
    name: { givenName: 'Jan', familyName: 'Novák' },
    birth: { date: '1980-04-12', place: 'Jihlava' },
    citizenship: { code: '203', name: { cs: 'Česká republika', en: 'Czech Republic' } },
    address: ADDRESS,
    dataBoxId: 'ab12cd3',
    photo: null,
    documents: [],
  },
  persons: { entries: [] },
  drivers: { licence: null, points: { total: 3, events: [] } },
  cadastre: { properties: [] },
  trade: { ico: null, licences: [] },
  health: { insurer: { code: '111', name: { cs: 'VZP ČR', en: 'VZP ČR' } }, vaccinations: [] },
};

export function fakeGateway(): FakeGateway {
  const calls: FakeRegisterCall[] = [];
  const conversions: FakeGateway['conversions'] = [];
  const failing = new Set<RegisterId>();
  const gateway = { beforeAnswer: null as FakeGateway['beforeAnswer'] };
  const registers = Object.fromEntries(
    REGISTERS.map((register) => [
      register,
      {
        async read(aifo: string, items: readonly string[], _signal: AbortSignal, context?: { reader: string }) {
          const call = { register, aifo, items: [...items], reader: context?.reader };
          calls.push(call);
          await gateway.beforeAnswer?.(call);
          if (failing.has(register)) throw new Error(`${register} is failing (test)`);
          const data = FAKE_REGISTER_DATA[register] as Record<string, unknown>;
          return Object.fromEntries(items.map((item) => [item, data[item]]));
        },
        async accessRecords() {
          if (failing.has(register)) throw new Error(`${register} is failing (test)`);
          return [];
        },
      },
    ]),
  ) as unknown as RegisterPorts;
  const agendaCodes = new Set(REGISTERS.map((register) => REGISTER_INFO[register].agenda));
  const fake: FakeGateway = Object.assign(gateway, {
    calls,
    conversions,
    failing,
    registers,
    conversion: {
      async aifo(subject: string, agenda: string) {
        if (!agendaCodes.has(agenda)) throw new Error(`unknown agenda ${agenda}`);
        const aifo = fakeAifo(subject, agenda);
        conversions.push({ subject, agenda, aifo });
        return aifo;
      },
    },
    agendas: { agendas: async () => [] },
  });
  return fake;
}
