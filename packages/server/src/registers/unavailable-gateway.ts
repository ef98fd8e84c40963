import { REGISTERS } from '@czp/contract';
import type { RegisterPorts } from '@czp/service-bus';
import type { RegistersGateway } from './gateway.js';

/**
 * The gateway of a portal with no registers configured (production without CZP_REGISTERS_URL, tests of other parts):
 * every port throws, so every read answers 503 register-unavailable, logged as failed like any read that did not
 * happen.
 */
export function unavailableGateway(): RegistersGateway {
  const fail = async (): Promise<never> => {
    throw new Error('no register gateway is configured (CZP_REGISTERS_URL)');
  };
  const registers = Object.fromEntries(
    REGISTERS.map((register) => [register, { read: fail, accessRecords: fail }]),
  ) as unknown as RegisterPorts;
  return { registers, conversion: { aifo: fail }, agendas: { agendas: fail } };
}
