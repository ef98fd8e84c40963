import type { Feature } from '../feature.js';
import { REGISTERS_MIGRATIONS } from './migrations.js';

/** Deps of the registers feature (filled in by the feature: the service bus and its configuration). */
export type RegistersDeps = Record<never, never>;

/** The service bus wired to the portal: the access log, and services' register reads under /api/services/<id>/registers/. */
export const registers: Feature<RegistersDeps> = {
  name: 'registers',
  migrations: REGISTERS_MIGRATIONS,
  register: () => {},
};
