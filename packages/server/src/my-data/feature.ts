import type { Feature } from '../feature.js';

export type MyDataDeps = Record<never, never>;

/** PROFILE, DATA and DOCUMENTS: the citizen's register data, who used it, complaints (under /api/services/my-data/). */
export const myData: Feature<MyDataDeps> = {
  name: 'my-data',
  migrations: [],
  register: () => {},
};
