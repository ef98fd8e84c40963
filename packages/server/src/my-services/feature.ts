import type { Feature } from '../feature.js';
import { MY_SERVICES_MIGRATIONS } from './migrations.js';
import { type MyServicesRouteDeps, registerMyServicesRoutes } from './routes.js';

/** The services a citizen added to their own list, in their order. */
export const myServices: Feature<MyServicesRouteDeps> = {
  name: 'my-services',
  migrations: MY_SERVICES_MIGRATIONS,
  register: registerMyServicesRoutes,
};
