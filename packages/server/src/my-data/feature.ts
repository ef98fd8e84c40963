import type { Feature } from '../feature.js';
import { MY_DATA_MIGRATIONS } from './migrations.js';
import { type MyDataRouteDeps, registerMyDataRoutes } from './routes.js';

export type MyDataDeps = MyDataRouteDeps;

/**
 * PROFILE, DATA and DOCUMENTS: the citizen's register data through the service bus, their documents, where the state
 * keeps their data, who used it (with CSV and PDF exports) and data-related complaints (under /api/services/my-data/;
 * the contacts of PROFILE are the contacts feature's).
 */
export const myData: Feature<MyDataDeps> = {
  name: 'my-data',
  migrations: MY_DATA_MIGRATIONS,
  register(app, deps) {
    registerMyDataRoutes(app, deps);
  },
};
