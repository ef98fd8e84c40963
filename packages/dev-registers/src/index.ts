/**
 * @czp/dev-registers: the development register server, the state's register gateway (conversion authority,
 * registers, their records of outside reads, the register of rights and obligations) with fictional data for the
 * test citizens. The portal starts it in-process when no CZP_REGISTERS_URL is configured. Never run it in production.
 */
export { DEFAULT_DELAY_MS, REGISTER_MODES, type RegisterMode } from './control.js';
export { DEFAULT_SEED, type Seed, type SeedAgenda, type SeedPerson } from './seed.js';
export { type DevRegisters, type DevRegistersOptions, startDevRegisters } from './server.js';
