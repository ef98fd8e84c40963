import type { Feature } from '../feature.js';
import { AUTH_MIGRATIONS } from './migrations.js';
import { type AuthRouteDeps, registerAuthRoutes } from './routes.js';

/** Login at the identity provider, sessions, logout and the citizen's consent. */
export const auth: Feature<AuthRouteDeps> = {
  name: 'auth',
  migrations: AUTH_MIGRATIONS,
  register: registerAuthRoutes,
};
